OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np
def gd_limit(a, b, eta=0.002, steps=15000):
    """Gradient descent with a small step: close to gradient flow."""
    for _ in range(steps):
        r = a * b - 1.0
        a, b = a - eta * r * b, b - eta * r * a
    return a, b


@test_case(name='test_balanced_start', hidden=False, failure_message='Returns two floats; a start with a0 = b0 lands on the balanced minimum (1, 1).')
def test_balanced_start(flow_limit):
    """Returns two floats; a start with a0 = b0 lands on the balanced minimum (1, 1)."""
    out = flow_limit(0.5, 0.5)
    assert len(out) == 2
    assert np.allclose(out, (1.0, 1.0))
