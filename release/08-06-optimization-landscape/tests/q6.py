OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message='For f = theta^T A theta / 2 the gradient is A theta and Hv = A v.')
def test_quadratic(hvp):
    """For f = theta^T A theta / 2 the gradient is A theta and Hv = A v."""
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    out = hvp(lambda t: A @ t, np.array([0.3, -0.2]), np.array([1.0, 0.0]))
    assert np.shape(out) == (2,)
    assert np.allclose(out, [2.0, 1.0])
