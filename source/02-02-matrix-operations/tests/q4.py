OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp
def at(M, **values):
    M = sp.Matrix(M)
    return M.subs({s: values[s.name] for s in M.free_symbols if s.name in values})


@test_case(name='test_square', hidden=False, failure_message='A 3x3 SymPy Matrix; for n = 2 and a = 2 it equals J**2.')
def test_square(jordan_power):
    """A 3x3 SymPy Matrix; for n = 2 and a = 2 it equals J**2."""
    assert isinstance(jordan_power, sp.MatrixBase) and jordan_power.shape == (3, 3)
    J = sp.Matrix([[2, 1, 0], [0, 2, 1], [0, 0, 2]])
    assert sp.simplify(at(jordan_power, a=2, n=2) - J**2) == sp.zeros(3, 3)
