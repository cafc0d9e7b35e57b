OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='One step from w = 0 with X = I (n = d = 2): the gradient is -(2/2) y, so w_1 = lr * y.')
def test_one_step(fit_linear_gd):
    """One step from w = 0 with X = I (n = d = 2): the gradient is -(2/2) y, so w_1 = lr * y."""
    w = fit_linear_gd(np.eye(2), np.array([1.0, -3.0]), 0.5, 1)
    assert np.shape(w) == (2,) and np.allclose(w, [0.5, -1.5])
