OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_identity_data', hidden=False, failure_message='With X = I, the best W satisfies W^T = Y.')
def test_identity_data(fit_linear_map):
    """With X = I, the best W satisfies W^T = Y."""
    Y = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    W = fit_linear_map(np.eye(2), Y)
    assert np.shape(W) == (3, 2) and np.allclose(W, Y.T)
