OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_simple_case', hidden=False, failure_message='A SymPy expression with no Sum; for r=2, m=0, n=2 it equals 1 + 2 + 4 = 7.')
def test_simple_case(geometric):
    """A SymPy expression with no Sum; for r=2, m=0, n=2 it equals 1 + 2 + 4 = 7."""
    assert isinstance(geometric, sp.Expr) and not geometric.has(sp.Sum)
    assert at(geometric, r=2, m=0, n=2) == 7
