OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_first_step', hidden=False, failure_message='Shape (n_steps + 1, d); the first step moves each coordinate by about lr, against the sign of its gradient.')
def test_first_step(adagrad):
    """Shape (n_steps + 1, d); the first step moves each coordinate by about lr, against the sign of its gradient."""
    path = adagrad(lambda t: t, np.array([1.0, -2.0]), 0.1, 1)
    assert np.shape(path) == (2, 2)
    assert np.allclose(path, [[1.0, -2.0], [0.9, -1.9]])
