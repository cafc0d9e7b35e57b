OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_swap', hidden=False, failure_message='Swapping the two coordinates of R^2 is the matrix [[0, 1], [1, 0]].')
def test_swap(matrix_of):
    """Swapping the two coordinates of R^2 is the matrix [[0, 1], [1, 0]]."""
    A = matrix_of(lambda x: np.array([x[1], x[0]]), 2)
    assert np.shape(A) == (2, 2) and np.allclose(A, [[0.0, 1.0], [1.0, 0.0]])
