OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_two_by_two', hidden=False, failure_message='A SymPy expression; for n = 2 the matrix is [[1, a], [a, 1]] with determinant 1 - a**2.')
def test_two_by_two(equicorr_det):
    """A SymPy expression; for n = 2 the matrix is [[1, a], [a, 1]] with determinant 1 - a**2."""
    assert isinstance(equicorr_det, sp.Expr) and not equicorr_det.has(sp.Sum)
    assert at(equicorr_det, n=2, a=sp.Rational(1, 3)) == sp.Rational(8, 9)
