OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np
def _check(chebyshev_extremal, mu, sigma, t):
    values, probs = chebyshev_extremal(mu, sigma, t)
    values, probs = np.asarray(values, dtype=float), np.asarray(probs, dtype=float)
    assert values.shape == (3,) and probs.shape == (3,)
    assert np.all(probs >= -1e-12) and np.isclose(probs.sum(), 1.0)
    mean = np.sum(probs * values)
    var = np.sum(probs * (values - mean) ** 2)
    tail = np.sum(probs[np.abs(values - mu) >= t - 1e-9])
    assert np.isclose(mean, mu) and np.isclose(var, sigma**2)
    assert np.isclose(tail, sigma**2 / t**2)


@test_case(name='test_standard_case', hidden=False, failure_message='mu = 0, sigma = 1, t = 2: two length-3 arrays, a probability vector with mean 0, variance 1 and tail 1/4.')
def test_standard_case(chebyshev_extremal):
    """mu = 0, sigma = 1, t = 2: two length-3 arrays, a probability vector with mean 0, variance 1 and tail 1/4."""
    _check(chebyshev_extremal, 0.0, 1.0, 2.0)
