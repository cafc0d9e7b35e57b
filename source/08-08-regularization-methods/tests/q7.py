OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np
def reference(theta, g, m, v, t, lr, b1, b2, eps, wd):
    """Decoupled weight decay: the decay term bypasses the adaptive scaling."""
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g**2
    step = (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    return theta - lr * (step + wd * theta), m, v


@test_case(name='test_first_step', hidden=False, failure_message='First step from zero moments: theta moves by lr * (sign(g) + wd * theta), roughly.')
def test_first_step(adamw_step):
    """First step from zero moments: theta moves by lr * (sign(g) + wd * theta), roughly."""
    theta_new, m_new, v_new = adamw_step(np.array([1.0]), np.array([2.0]), np.zeros(1), np.zeros(1), 1,
                                         0.1, 0.9, 0.999, 0.0, 0.5)
    assert np.allclose(m_new, [0.2]) and np.allclose(v_new, [0.004])
    assert np.allclose(theta_new, [1.0 - 0.1 * (1.0 + 0.5)])
