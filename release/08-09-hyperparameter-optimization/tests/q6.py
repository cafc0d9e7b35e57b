OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 3

import numpy as np


@test_case(name='test_one_point', hidden=False, failure_message='One observation y = 2 at x = 0, s2 = 1, noise 1: at x = 0 the mean is 2 * 1/(1+1) = 1 and the variance 1 - 1/2.')
def test_one_point(gp_posterior):
    """One observation y = 2 at x = 0, s2 = 1, noise 1: at x = 0 the mean is 2 * 1/(1+1) = 1 and the variance 1 - 1/2."""
    mean, var = gp_posterior(np.array([[0.0]]), np.array([2.0]), np.array([[0.0]]), 1.0, 1.0, 1.0)
    assert np.shape(mean) == (1,) and np.shape(var) == (1,)
    assert np.allclose(mean, [1.0]) and np.allclose(var, [0.5])
