OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp


@test_case(name='test_derivative_of_cubic', hidden=False, failure_message='D_matrix is a 4x4 SymPy Matrix and maps x^3 to 3x^2.')
def test_derivative_of_cubic(D_matrix):
    """D_matrix is a 4x4 SymPy Matrix and maps x^3 to 3x^2."""
    assert isinstance(D_matrix, sp.MatrixBase) and D_matrix.shape == (4, 4)
    assert D_matrix * sp.Matrix([0, 0, 0, 1]) == sp.Matrix([0, 0, 3, 0])
