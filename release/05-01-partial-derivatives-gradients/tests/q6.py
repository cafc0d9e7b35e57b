OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='The gradient has the shape (m, n) of W.')
def test_shape(linear_weight_gradient):
    """The gradient has the shape (m, n) of W."""
    W = np.zeros((2, 3))
    g = linear_weight_gradient(W, np.ones((4, 3)), np.ones((4, 2)))
    assert np.shape(g) == (2, 3)
