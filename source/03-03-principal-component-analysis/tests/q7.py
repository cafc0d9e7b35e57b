OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_identity_covariance', hidden=False, failure_message='The whitened scores have shape (n, k) and sample covariance I_k.')
def test_identity_covariance(pca_whiten):
    """The whitened scores have shape (n, k) and sample covariance I_k."""
    X = np.random.default_rng(0).standard_normal((40, 3)) * np.array([5.0, 1.0, 0.2])
    Z = pca_whiten(X, 2)
    assert np.shape(Z) == (40, 2)
    assert np.allclose(np.cov(Z, rowvar=False), np.eye(2))
