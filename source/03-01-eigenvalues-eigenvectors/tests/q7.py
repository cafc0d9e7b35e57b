OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_diagonal_case', hidden=False, failure_message='For a diagonal matrix, f acts on the diagonal: sqrt(diag(4, 9)) = diag(2, 3).')
def test_diagonal_case(sym_matrix_function):
    """For a diagonal matrix, f acts on the diagonal: sqrt(diag(4, 9)) = diag(2, 3)."""
    out = sym_matrix_function(np.diag([4.0, 9.0]), np.sqrt)
    assert np.shape(out) == (2, 2) and np.allclose(out, np.diag([2.0, 3.0]))
