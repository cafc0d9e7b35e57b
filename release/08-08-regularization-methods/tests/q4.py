OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_orthonormal_design', hidden=False, failure_message='With orthonormal columns (L = 1) one step already gives the answer S_lam(X^T y).')
def test_orthonormal_design(lasso_ista):
    """With orthonormal columns (L = 1) one step already gives the answer S_lam(X^T y)."""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    y = np.array([3.0, -0.5, 7.0])
    w = lasso_ista(X, y, 1.0, 5)
    assert np.shape(w) == (2,)
    assert np.allclose(w, [2.0, 0.0])
