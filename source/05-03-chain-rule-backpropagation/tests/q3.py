OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='B = 4, n = 3, m = 2: shapes (4, 3), (2, 3), (2,).')
def test_shapes(linear_backward):
    """B = 4, n = 3, m = 2: shapes (4, 3), (2, 3), (2,)."""
    dX, dW, db = linear_backward(np.ones((4, 2)), np.ones((4, 3)), np.ones((2, 3)))
    assert np.shape(dX) == (4, 3) and np.shape(dW) == (2, 3) and np.shape(db) == (2,)
