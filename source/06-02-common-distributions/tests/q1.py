OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_standard_at_mean', hidden=False, failure_message='Returns a float; at y = mu with sigma = 1 the NLL is 0.5*log(2*pi).')
def test_standard_at_mean(gaussian_nll):
    """Returns a float; at y = mu with sigma = 1 the NLL is 0.5*log(2*pi)."""
    value = gaussian_nll(np.array([0.0, 3.0]), np.array([0.0, 3.0]), 1.0)
    assert isinstance(value, float)
    assert np.isclose(value, 0.5 * np.log(2 * np.pi))
