OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 3

import numpy as np


@test_case(name='test_full_batch_is_gd', hidden=False, failure_message='With batch_size = n each epoch is one full gradient step (the order does not matter).')
def test_full_batch_is_gd(sgd_linear_regression):
    """With batch_size = n each epoch is one full gradient step (the order does not matter)."""
    X = np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
    y = np.array([1.0, 2.0, 0.0])
    w = sgd_linear_regression(X, y, 0.1, 1, 3, 0)
    assert np.shape(w) == (2,)
    assert np.allclose(w, 0.1 * X.T @ y / 3)
