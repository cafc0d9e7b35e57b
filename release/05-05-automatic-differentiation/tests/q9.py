OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='A = I: x = b, so b_bar = x_bar and A_bar = -x_bar b^T.')
def test_identity(solve_vjp):
    """A = I: x = b, so b_bar = x_bar and A_bar = -x_bar b^T."""
    A_bar, b_bar = solve_vjp(np.eye(2), np.array([1.0, 2.0]), np.array([3.0, -1.0]))
    assert np.shape(A_bar) == (2, 2) and np.shape(b_bar) == (2,)
    assert np.allclose(b_bar, [3.0, -1.0]) and np.allclose(A_bar, [[-3.0, -6.0], [1.0, 2.0]])
