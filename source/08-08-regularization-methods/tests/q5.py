OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.nsimplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_no_dropout', hidden=False, failure_message='A SymPy expression; with p = 0 it is the ordinary squared error.')
def test_no_dropout(expected_loss):
    """A SymPy expression; with p = 0 it is the ordinary squared error."""
    assert isinstance(expected_loss, sp.Expr) and not expected_loss.has(sp.Sum)
    assert sp.simplify(at(expected_loss, p=0, x1=1, x2=2, w1=3, w2=-1, y=4) - 9) == 0
