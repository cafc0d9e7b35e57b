OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
def reference_ei(X, y, C, ell, s2, noise):
    """EI of each candidate under the GP posterior."""
    from scipy.stats import norm
    k = lambda A, B: s2 * np.exp(-np.sum((A[:, None] - B[None]) ** 2, axis=-1) / (2 * ell**2))
    Kn, Ks = k(X, X) + noise * np.eye(len(X)), k(X, C)
    mu = Ks.T @ np.linalg.solve(Kn, y)
    sd = np.sqrt(np.maximum(s2 - np.sum(Ks * np.linalg.solve(Kn, Ks), axis=0), 0.0))
    z = (y.min() - mu) / sd
    return (y.min() - mu) * norm.cdf(z) + sd * norm.pdf(z)


@test_case(name='test_returns_index', hidden=False, failure_message='Returns an int index of a candidate; right next to the best point beats right next to the worst.')
def test_returns_index(bo_next):
    """Returns an int index of a candidate; right next to the best point beats right next to the worst."""
    X = np.array([[0.0], [1.0]])
    y = np.array([-1.0, 1.0])
    idx = bo_next(X, y, np.array([[1.1], [-0.1]]), 0.5, 1.0, 1e-6)
    assert isinstance(idx, int) and idx == 1
