OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_bivariate', hidden=False, failure_message='Standard bivariate with correlation 0.8: given x_1 = 1, x_0 has mean 0.8 and variance 1 - 0.64.')
def test_bivariate(gaussian_conditional):
    """Standard bivariate with correlation 0.8: given x_1 = 1, x_0 has mean 0.8 and variance 1 - 0.64."""
    m, C = gaussian_conditional(np.zeros(2), np.array([[1.0, 0.8], [0.8, 1.0]]), [1], [1.0])
    assert np.shape(m) == (1,) and np.shape(C) == (1, 1)
    assert np.allclose(m, [0.8]) and np.allclose(C, [[0.36]])
