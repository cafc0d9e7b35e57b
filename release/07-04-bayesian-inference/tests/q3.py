OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 3

import numpy as np


@test_case(name='test_parameters', hidden=False, failure_message='Counts [2, 4] with a Gamma(1, 1) prior: posterior Gamma(7, 3); the pmf has length kmax + 1.')
def test_parameters(gamma_poisson):
    """Counts [2, 4] with a Gamma(1, 1) prior: posterior Gamma(7, 3); the pmf has length kmax + 1."""
    a, b, pmf = gamma_poisson(1.0, 1.0, np.array([2, 4]), 10)
    assert np.isclose(a, 7.0) and np.isclose(b, 3.0)
    assert np.shape(pmf) == (11,)
