OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_zero_weights', hidden=False, failure_message='At w = 0 every sigma is 1/2, so H = X^T X / (4n).')
def test_zero_weights(logistic_hessian):
    """At w = 0 every sigma is 1/2, so H = X^T X / (4n)."""
    X = np.array([[1.0, 0.0], [0.0, 2.0]])
    H = logistic_hessian(X, np.zeros(2))
    assert np.shape(H) == (2, 2)
    assert np.allclose(H, [[0.125, 0.0], [0.0, 0.5]])
