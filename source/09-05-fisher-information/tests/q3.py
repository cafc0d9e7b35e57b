OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_standard_normal_sigma', hidden=False, failure_message='A (2, 2) array; for sigma = 1 in (mu, sigma) coordinates it is diag(1, 2).')
def test_standard_normal_sigma(gaussian_fisher):
    """A (2, 2) array; for sigma = 1 in (mu, sigma) coordinates it is diag(1, 2)."""
    F = np.asarray(gaussian_fisher(1.0, "sigma"))
    assert F.shape == (2, 2) and np.allclose(F, np.diag([1.0, 2.0]))
