OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp


@test_case(name='test_two_parameters', hidden=False, failure_message='A 2x2 SymPy Matrix in exactly two free symbols.')
def test_two_parameters(commutant):
    """A 2x2 SymPy Matrix in exactly two free symbols."""
    assert isinstance(commutant, sp.MatrixBase) and commutant.shape == (2, 2)
    assert len(sp.Matrix(commutant).free_symbols) == 2
