OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np
from scipy.special import ndtr


@test_case(name='test_shape_and_positive_part', hidden=False, failure_message='An array of the shape of y; for y > 0, P(Y <= y) = P(X <= y), e.g. Phi(1) at y = 1 for N(0, 1).')
def test_shape_and_positive_part(relu_gaussian_cdf):
    """An array of the shape of y; for y > 0, P(Y <= y) = P(X <= y), e.g. Phi(1) at y = 1 for N(0, 1)."""
    F = np.asarray(relu_gaussian_cdf(np.array([1.0, 2.0]), 0.0, 1.0))
    assert F.shape == (2,)
    assert np.allclose(F, ndtr(np.array([1.0, 2.0])))
