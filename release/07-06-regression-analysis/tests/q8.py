OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_exact_power_law', hidden=False, failure_message='Exact data L = 10 * N**-0.5 are recovered: a = 10, alpha = 0.5.')
def test_exact_power_law(fit_power_law):
    """Exact data L = 10 * N**-0.5 are recovered: a = 10, alpha = 0.5."""
    N = np.array([1.0, 4.0, 16.0, 64.0])
    a, alpha = fit_power_law(N, 10.0 * N**-0.5)
    assert np.isclose(a, 10.0) and np.isclose(alpha, 0.5)
