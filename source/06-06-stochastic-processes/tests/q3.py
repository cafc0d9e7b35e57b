OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_lag_zero', hidden=False, failure_message='Length max_lag + 1, and gamma(0) is the population variance (divide by n).')
def test_lag_zero(sample_autocovariance):
    """Length max_lag + 1, and gamma(0) is the population variance (divide by n)."""
    x = np.array([1.0, 3.0, 2.0, 6.0])
    g = np.asarray(sample_autocovariance(x, 2))
    assert g.shape == (3,)
    assert np.isclose(g[0], np.var(x))
