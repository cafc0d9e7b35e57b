OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_constant_schedule', hidden=False, failure_message='grad = theta with a constant rate 0.5 halves theta each step; shape (n_steps + 1, d).')
def test_constant_schedule(sgd_with_schedule):
    """grad = theta with a constant rate 0.5 halves theta each step; shape (n_steps + 1, d)."""
    path = sgd_with_schedule(lambda x: x, np.array([8.0, -4.0]), lambda k: 0.5, 3)
    assert np.shape(path) == (4, 2)
    assert np.allclose(path[-1], [1.0, -0.5])
