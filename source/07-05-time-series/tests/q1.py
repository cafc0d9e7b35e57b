OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_alternating', hidden=False, failure_message='Length max_lag + 1 with rho(0) = 1; the series 1, -1, 1, -1 has rho(1) = -3/4 (divide by n, not n - k).')
def test_alternating(sample_acf):
    """Length max_lag + 1 with rho(0) = 1; the series 1, -1, 1, -1 has rho(1) = -3/4 (divide by n, not n - k)."""
    r = np.asarray(sample_acf(np.array([1.0, -1.0, 1.0, -1.0]), 2))
    assert r.shape == (3,)
    assert np.allclose(r, [1.0, -0.75, 0.5])
