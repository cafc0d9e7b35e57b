OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_zero_steps', hidden=False, failure_message='With steps = 0 the starting point comes back, as floats.')
def test_zero_steps(natural_gradient_fit):
    """With steps = 0 the starting point comes back, as floats."""
    mu, sigma = natural_gradient_fit(np.array([1.0, 3.0]), 0.5, 2.0, 1.0, 0)
    assert isinstance(mu, float) and np.isclose(mu, 0.5) and np.isclose(sigma, 2.0)
