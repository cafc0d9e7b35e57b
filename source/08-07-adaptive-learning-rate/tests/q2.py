OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_from_zero_state', hidden=False, failure_message='From v = 0 with rho = 0.75: v_new = 0.25 g**2, so the step is lr * g / (0.5 |g|) = 2 lr sign(g).')
def test_from_zero_state(rmsprop_step):
    """From v = 0 with rho = 0.75: v_new = 0.25 g**2, so the step is lr * g / (0.5 |g|) = 2 lr sign(g)."""
    theta_new, v_new = rmsprop_step(np.array([1.0, 1.0]), np.array([2.0, -4.0]), np.zeros(2), 0.1, 0.75, 0.0)
    assert np.allclose(v_new, [1.0, 4.0])
    assert np.allclose(theta_new, [0.8, 1.2])
