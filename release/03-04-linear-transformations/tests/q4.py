OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_eigenbasis', hidden=False, failure_message='In a basis of eigenvectors the map is diagonal: [[2, 1], [0, 3]] with basis (1, 0), (1, 1) gives diag(2, 3).')
def test_eigenbasis(matrix_in_basis):
    """In a basis of eigenvectors the map is diagonal: [[2, 1], [0, 3]] with basis (1, 0), (1, 1) gives diag(2, 3)."""
    M = matrix_in_basis(np.array([[2.0, 1.0], [0.0, 3.0]]), np.array([[1.0, 1.0], [0.0, 1.0]]))
    assert np.shape(M) == (2, 2) and np.allclose(M, np.diag([2.0, 3.0]))
