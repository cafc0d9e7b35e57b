OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_quadratic_in_one_step', hidden=False, failure_message='For f = 1/2 x^T A x - b^T x a single Newton step lands on A^{-1} b from anywhere.')
def test_quadratic_in_one_step(newton_step):
    """For f = 1/2 x^T A x - b^T x a single Newton step lands on A^{-1} b from anywhere."""
    A = np.array([[3.0, 1.0], [1.0, 2.0]])
    b = np.array([1.0, -1.0])
    x1 = newton_step(lambda x: A @ x - b, lambda x: A, np.array([10.0, -7.0]))
    assert np.shape(x1) == (2,)
    assert np.allclose(x1, np.linalg.solve(A, b))
