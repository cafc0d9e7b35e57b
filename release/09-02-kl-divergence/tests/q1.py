OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_simple', hidden=False, failure_message='Returns a float; D(p||p) = 0 and D([1,0]||[1/2,1/2]) = log 2.')
def test_simple(kl_divergence):
    """Returns a float; D(p||p) = 0 and D([1,0]||[1/2,1/2]) = log 2."""
    value = kl_divergence(np.array([0.3, 0.7]), np.array([0.3, 0.7]))
    assert isinstance(value, float) and np.isclose(value, 0.0)
    assert np.isclose(kl_divergence(np.array([1.0, 0.0]), np.array([0.5, 0.5])), np.log(2.0))
