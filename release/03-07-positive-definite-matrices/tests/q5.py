OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_single_point', hidden=False, failure_message='One training point x=0, y=2, lam=1: alpha = 2 / (1 + 1) = 1, so the prediction at x=0 is 1.')
def test_single_point(kernel_ridge_predict):
    """One training point x=0, y=2, lam=1: alpha = 2 / (1 + 1) = 1, so the prediction at x=0 is 1."""
    pred = np.asarray(kernel_ridge_predict(np.zeros((1, 1)), np.array([2.0]), np.zeros((1, 1)), 1.0, 1.0))
    assert pred.shape == (1,)
    assert np.allclose(pred, [1.0])
