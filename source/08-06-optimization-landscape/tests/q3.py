OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import sympy as sp
A_SYM = sp.Symbol("a", real=True, nonzero=True)
def at_a(expr, value):
    """Substitute a number for the symbol named a."""
    expr = sp.sympify(expr)
    return expr.subs({s: value for s in expr.free_symbols if s.name == "a"})


@test_case(name='test_hessian_at_a_equals_1', hidden=False, failure_message='H_valley is a 2x2 SymPy Matrix; at a = 1 (the minimum (1, 1)) it is [[1, 1], [1, 1]].')
def test_hessian_at_a_equals_1(H_valley):
    """H_valley is a 2x2 SymPy Matrix; at a = 1 (the minimum (1, 1)) it is [[1, 1], [1, 1]]."""
    assert isinstance(H_valley, sp.MatrixBase) and H_valley.shape == (2, 2)
    assert sp.simplify(at_a(H_valley, 1) - sp.Matrix([[1, 1], [1, 1]])) == sp.zeros(2, 2)
