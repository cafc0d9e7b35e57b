OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values})


@test_case(name='test_first_step', hidden=False, failure_message='SymPy expressions without Sum; P(L = 1) = p and P(L > 1) = 1 - p.')
def test_first_step(length_pmf, length_survival):
    """SymPy expressions without Sum; P(L = 1) = p and P(L > 1) = 1 - p."""
    assert not sp.sympify(length_survival).has(sp.Sum)
    assert sp.simplify(at(length_pmf, p=sp.Rational(1, 3), k=1) - sp.Rational(1, 3)) == 0
    assert sp.simplify(at(length_survival, p=sp.Rational(1, 3), k=1) - sp.Rational(2, 3)) == 0
