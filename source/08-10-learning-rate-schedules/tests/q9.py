OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np
def reference(t, b2, threshold):
    """r_t from rho_t and rho_inf."""
    ri = 2 / (1 - b2) - 1
    rt = ri - 2 * t * b2**t / (1 - b2**t)
    return np.sqrt((rt - 4) * (rt - 2) * ri / ((ri - 4) * (ri - 2) * rt)) if rt > threshold else 0.0


@test_case(name='test_first_steps', hidden=False, failure_message='rho_1 = 1, so the first step is never rectified: 0.0 (a float).')
def test_first_steps(radam_rectifier):
    """rho_1 = 1, so the first step is never rectified: 0.0 (a float)."""
    value = radam_rectifier(1, 0.999)
    assert isinstance(value, float) and value == 0.0
