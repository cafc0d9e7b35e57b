OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_one_feature', hidden=False, failure_message='One feature, x = (1, 1), y = (2, 2), lam = 1: (2 + 2*1) w = 4, so w = 1.')
def test_one_feature(ridge):
    """One feature, x = (1, 1), y = (2, 2), lam = 1: (2 + 2*1) w = 4, so w = 1."""
    w = ridge(np.array([[1.0], [1.0]]), np.array([2.0, 2.0]), 1.0)
    assert np.shape(w) == (1,)
    assert np.allclose(w, [1.0])
