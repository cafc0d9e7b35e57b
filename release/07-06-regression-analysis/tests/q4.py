OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_leverage_sum', hidden=False, failure_message='Two arrays of shape (n,); leverages lie in [0, 1] and sum to p.')
def test_leverage_sum(influence):
    """Two arrays of shape (n,); leverages lie in [0, 1] and sum to p."""
    rng = np.random.default_rng(0)
    X = np.column_stack([np.ones(10), rng.normal(size=10)])
    h, d = influence(X, rng.normal(size=10))
    assert np.shape(h) == (10,) and np.shape(d) == (10,)
    assert np.all((np.asarray(h) >= 0) & (np.asarray(h) <= 1)) and np.isclose(np.sum(h), 2.0)
