OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_two_equal', hidden=False, failure_message='Two equal scores split the mass evenly.')
def test_two_equal(sparsemax):
    """Two equal scores split the mass evenly."""
    p = sparsemax(np.array([0.0, 0.0]))
    assert np.shape(p) == (2,)
    assert np.allclose(p, [0.5, 0.5])
