OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import sympy as sp


@test_case(name='test_shape', hidden=False, failure_message='A 2x2 SymPy Matrix that is lower triangular.')
def test_shape(L_sym):
    """A 2x2 SymPy Matrix that is lower triangular."""
    assert isinstance(L_sym, sp.MatrixBase) and L_sym.shape == (2, 2)
    assert sp.simplify(L_sym[0, 1]) == 0
