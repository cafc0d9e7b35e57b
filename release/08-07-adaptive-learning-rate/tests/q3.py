OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 3

import numpy as np


@test_case(name='test_first_step_is_sign', hidden=False, failure_message='Shape (n_steps + 1, d); thanks to bias correction the first step is lr * g / (|g| + eps), about lr * sign(g).')
def test_first_step_is_sign(adam):
    """Shape (n_steps + 1, d); thanks to bias correction the first step is lr * g / (|g| + eps), about lr * sign(g)."""
    path = adam(lambda t: np.array([100.0, -0.01]), np.array([0.0, 0.0]), 1, lr=0.1)
    assert np.shape(path) == (2, 2)
    assert np.allclose(path[1], [-0.1, 0.1], atol=1e-6)
