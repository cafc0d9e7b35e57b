OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_zero_count', hidden=False, failure_message='Returns a float; with log-rate 0 (rate 1), P(N = 0) = e^{-1}, so the NLL of k = 0 is 1.')
def test_zero_count(poisson_nll):
    """Returns a float; with log-rate 0 (rate 1), P(N = 0) = e^{-1}, so the NLL of k = 0 is 1."""
    value = poisson_nll(np.array([0]), np.array([0.0]))
    assert isinstance(value, float)
    assert np.isclose(value, 1.0)
