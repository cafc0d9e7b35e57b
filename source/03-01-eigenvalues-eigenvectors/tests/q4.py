OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_initial_values', hidden=False, failure_message='a_closed is a SymPy expression in n with a_0 = 1 and a_1 = 8.')
def test_initial_values(a_closed):
    """a_closed is a SymPy expression in n with a_0 = 1 and a_1 = 8."""
    assert isinstance(sp.sympify(a_closed), sp.Expr) and len(sp.sympify(a_closed).free_symbols) == 1
    assert at(a_closed, n=0) == 1 and at(a_closed, n=1) == 8
