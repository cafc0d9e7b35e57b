OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_zero_weights', hidden=False, failure_message='At w = 0 every p_i = 1/2: F = X^T X / (4n).')
def test_zero_weights(logistic_fishers):
    """At w = 0 every p_i = 1/2: F = X^T X / (4n)."""
    X = np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
    F, F_emp = logistic_fishers(X, np.zeros(2), np.array([1, 0, 1]))
    assert np.shape(F) == (2, 2) and np.allclose(F, X.T @ X / 12)
