OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np
def square(z):
    return z**2
def expo(z):
    return np.exp(z)
def cosine(z):
    return np.cos(z)


@test_case(name='test_types', hidden=False, failure_message='Returns two floats; the standard error is positive for a non-constant f.')
def test_types(mc_estimate):
    """Returns two floats; the standard error is positive for a non-constant f."""
    est, se = mc_estimate(square, 100, 0)
    assert isinstance(est, float) and isinstance(se, float) and se > 0
