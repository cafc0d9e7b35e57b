OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 3

import numpy as np


@test_case(name='test_keys_and_shapes', hidden=False, failure_message='A dict with beta, sigma2, se, t, p; arrays of shape (p,).')
def test_keys_and_shapes(ols_table):
    """A dict with beta, sigma2, se, t, p; arrays of shape (p,)."""
    X = np.column_stack([np.ones(6), np.arange(6.0)])
    y = np.array([1.0, 2.9, 5.2, 7.1, 8.8, 11.0])
    out = ols_table(X, y)
    assert set(out) >= {"beta", "sigma2", "se", "t", "p"}
    for key in ("beta", "se", "t", "p"):
        assert np.shape(out[key]) == (2,)
