OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_no_noise', hidden=False, failure_message='sigma = 0 is plain GD: x_t = (1 - lr a)^t x0.')
def test_no_noise(simulate_sgd):
    """sigma = 0 is plain GD: x_t = (1 - lr a)^t x0."""
    xs = simulate_sgd(2.0, 0.0, 0.1, 1.0, 5, 0)
    assert np.shape(xs) == (6,)
    assert np.allclose(xs, 0.8 ** np.arange(6))
