OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_scalar_case', hidden=False, failure_message='1 x 1: d(1/x)/dx = -1/x^2, so x = 2 and y_bar = 1 give -1/4.')
def test_scalar_case(inverse_vjp):
    """1 x 1: d(1/x)/dx = -1/x^2, so x = 2 and y_bar = 1 give -1/4."""
    Xb = inverse_vjp(np.array([[2.0]]), np.array([[1.0]]))
    assert np.shape(Xb) == (1, 1) and np.allclose(Xb, [[-0.25]])
