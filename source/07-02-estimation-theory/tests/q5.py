OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='mu has shape (d,) and Sigma shape (d, d) for 5 observations in 2 dimensions.')
def test_shapes(gaussian_mle):
    """mu has shape (d,) and Sigma shape (d, d) for 5 observations in 2 dimensions."""
    X = np.arange(10.0).reshape(5, 2)
    mu, Sigma = gaussian_mle(X)
    assert np.shape(mu) == (2,) and np.shape(Sigma) == (2, 2)
    assert np.allclose(mu, [4.0, 5.0])
