OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='On f = ||x||^2 (gradient 2x) one step with lr = 0.25 halves x: rows [x0, x1].')
def test_one_step(gradient_descent):
    """On f = ||x||^2 (gradient 2x) one step with lr = 0.25 halves x: rows [x0, x1]."""
    path = gradient_descent(lambda x: 2 * x, np.array([4.0, -2.0]), 0.25, 1)
    assert np.shape(path) == (2, 2)
    assert np.allclose(path, [[4.0, -2.0], [2.0, -1.0]])
