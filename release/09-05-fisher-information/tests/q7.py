OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message='For l(t) = -t^T A t / 2 the observed information is A (a (2, 2) array).')
def test_quadratic(observed_information):
    """For l(t) = -t^T A t / 2 the observed information is A (a (2, 2) array)."""
    A = np.array([[2.0, 0.5], [0.5, 1.0]])
    J = np.asarray(observed_information(lambda t: -0.5 * t @ A @ t, np.array([0.3, -0.2])))
    assert J.shape == (2, 2) and np.allclose(J, A, atol=1e-5)
