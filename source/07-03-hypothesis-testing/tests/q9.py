OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 3

import numpy as np


@test_case(name='test_simple', hidden=False, failure_message='A boolean array; one tiny p-value among large ones is the only rejection.')
def test_simple(benjamini_hochberg):
    """A boolean array; one tiny p-value among large ones is the only rejection."""
    r = np.asarray(benjamini_hochberg(np.array([0.001, 0.5, 0.9]), 0.05))
    assert r.dtype == bool and r.shape == (3,)
    assert r.tolist() == [True, False, False]
