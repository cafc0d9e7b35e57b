OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 1

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_first_term', hidden=False, failure_message='A SymPy expression with no Sum; at n=1 the sum is 2/(1*3) = 2/3.')
def test_first_term(telescope_partial):
    """A SymPy expression with no Sum; at n=1 the sum is 2/(1*3) = 2/3."""
    assert isinstance(telescope_partial, sp.Expr) and not telescope_partial.has(sp.Sum)
    assert at(telescope_partial, n=1) == sp.Rational(2, 3)
