OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_shape_and_support', hidden=False, failure_message='An array of shape (n, 2) of non-negative numbers.')
def test_shape_and_support(gaussian_copula_exponential):
    """An array of shape (n, 2) of non-negative numbers."""
    S = np.asarray(gaussian_copula_exponential(0.5, np.array([1.0, 2.0]), 100, 0))
    assert S.shape == (100, 2) and np.all(S >= 0)
