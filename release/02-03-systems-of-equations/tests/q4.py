OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import sympy as sp
def at(M, value):
    M = sp.Matrix(M)
    return sp.simplify(M.subs({s: value for s in M.free_symbols if s.name == "k"}))


@test_case(name='test_types', hidden=False, failure_message='Two sets and a 3x1 SymPy Matrix.')
def test_types(k_none, k_infinite, solution_k):
    """Two sets and a 3x1 SymPy Matrix."""
    assert isinstance(k_none, set) and isinstance(k_infinite, set)
    assert isinstance(solution_k, sp.MatrixBase) and solution_k.shape == (3, 1)
