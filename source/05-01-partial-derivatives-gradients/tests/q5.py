OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shape_and_perfect_fit', hidden=False, failure_message='A length-d vector; with a perfect fit and lam = 0 the gradient is zero.')
def test_shape_and_perfect_fit(ridge_gradient):
    """A length-d vector; with a perfect fit and lam = 0 the gradient is zero."""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    w = np.array([2.0, -1.0])
    g = ridge_gradient(X, X @ w, w, 0.0)
    assert np.shape(g) == (2,)
    assert np.allclose(g, 0.0)
