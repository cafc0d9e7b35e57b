OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_euclidean', hidden=False, failure_message='lp_norm returns a float, and the 2-norm of [3, 4] is 5.')
def test_euclidean(lp_norm):
    """lp_norm returns a float, and the 2-norm of [3, 4] is 5."""
    value = lp_norm(np.array([3.0, 4.0]), 2)
    assert isinstance(value, float)
    assert np.isclose(value, 5.0)
