OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message='For f = 1/2 x^T A x the gradient is A x and the result is A v.')
def test_quadratic(hvp):
    """For f = 1/2 x^T A x the gradient is A x and the result is A v."""
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    out = hvp(lambda x: A @ x, np.array([0.5, -1.0]), np.array([1.0, 2.0]))
    assert np.shape(out) == (2,) and np.allclose(out, A @ np.array([1.0, 2.0]))
