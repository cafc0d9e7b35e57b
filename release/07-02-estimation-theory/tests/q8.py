OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message='A Gaussian-shaped log-likelihood -(theta - 1)**2 / (2 * 0.25) has standard error 0.5.')
def test_quadratic(numerical_standard_error):
    """A Gaussian-shaped log-likelihood -(theta - 1)**2 / (2 * 0.25) has standard error 0.5."""
    se = numerical_standard_error(lambda t: -(t - 1.0) ** 2 / 0.5, 1.0)
    assert isinstance(se, float)
    assert np.isclose(se, 0.5, rtol=1e-4)
