OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np


@test_case(name='test_shape_and_first_step', hidden=False, failure_message='From w = 0 (all p = 1/2) the first Newton step solves (X^T X / (4n) + lam I) w = X^T (y - 1/2) / n.')
def test_shape_and_first_step(fit_logistic_newton):
    """From w = 0 (all p = 1/2) the first Newton step solves (X^T X / (4n) + lam I) w = X^T (y - 1/2) / n."""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    y = np.array([1.0, 0.0, 1.0])
    w = fit_logistic_newton(X, y, 0.1, 1)
    assert np.shape(w) == (2,)
    expected = np.linalg.solve(X.T @ X / 12 + 0.1 * np.eye(2), X.T @ (y - 0.5) / 3)
    assert np.allclose(w, expected)
