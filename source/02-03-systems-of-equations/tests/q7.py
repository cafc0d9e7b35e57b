OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_one_feature', hidden=False, failure_message='One feature, X = [[1], [1]], y = [1, 1], lambda = 2: w = 2 / (2 + 2) = 0.5.')
def test_one_feature(ridge_fit):
    """One feature, X = [[1], [1]], y = [1, 1], lambda = 2: w = 2 / (2 + 2) = 0.5."""
    w = ridge_fit(np.array([[1.0], [1.0]]), np.array([1.0, 1.0]), 2.0)
    assert np.shape(w) == (1,) and np.allclose(w, [0.5])
