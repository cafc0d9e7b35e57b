OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_exact_law', hidden=False, failure_message='Data exactly on eta = 2 * N**-0.5 give back a = 2 and b = -0.5.')
def test_exact_law(fit_power_law):
    """Data exactly on eta = 2 * N**-0.5 give back a = 2 and b = -0.5."""
    N = np.array([1.0, 4.0, 16.0, 100.0])
    a, b = fit_power_law(N, 2.0 * N**-0.5)
    assert np.isclose(a, 2.0) and np.isclose(b, -0.5)
