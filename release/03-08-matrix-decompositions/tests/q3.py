OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 3

import numpy as np


@test_case(name='test_needs_a_swap', hidden=False, failure_message='[[0, 1], [1, 1]]: swap the rows, then L = I and U = [[1, 1], [0, 1]].')
def test_needs_a_swap(lu_pivot):
    """[[0, 1], [1, 1]]: swap the rows, then L = I and U = [[1, 1], [0, 1]]."""
    P, L, U = lu_pivot(np.array([[0.0, 1.0], [1.0, 1.0]]))
    assert np.allclose(P, [[0.0, 1.0], [1.0, 0.0]])
    assert np.allclose(L, np.eye(2)) and np.allclose(U, [[1.0, 1.0], [0.0, 1.0]])
