OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_two_points', hidden=False, failure_message='Equal mass on -1 and 1: the fit is centred at 0 with standard deviation 1.')
def test_two_points(forward_kl_fit):
    """Equal mass on -1 and 1: the fit is centred at 0 with standard deviation 1."""
    mu, sigma = forward_kl_fit(np.array([-1.0, 1.0]), np.array([0.5, 0.5]))
    assert np.isclose(mu, 0.0) and np.isclose(sigma, 1.0)
