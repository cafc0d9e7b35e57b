OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 3

import numpy as np


@test_case(name='test_bivariate', hidden=False, failure_message='Standard bivariate normal with correlation 0.6, observe x_1 = 2: x_0 | x_1 ~ N(1.2, 0.64).')
def test_bivariate(condition_gaussian):
    """Standard bivariate normal with correlation 0.6, observe x_1 = 2: x_0 | x_1 ~ N(1.2, 0.64)."""
    mean, cov = condition_gaussian(np.zeros(2), np.array([[1.0, 0.6], [0.6, 1.0]]), [1], np.array([2.0]))
    assert np.allclose(mean, [1.2]) and np.allclose(cov, [[0.64]])
