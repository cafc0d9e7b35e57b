OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import sympy as sp


@test_case(name='test_shape', hidden=False, failure_message='A 3x3 SymPy Matrix.')
def test_shape(Q_matrix):
    """A 3x3 SymPy Matrix."""
    assert isinstance(Q_matrix, sp.MatrixBase) and Q_matrix.shape == (3, 3)
