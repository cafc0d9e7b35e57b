OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import sympy as sp


@test_case(name='test_is_expression', hidden=False, failure_message='dydx is a SymPy expression in x and y without unevaluated derivatives.')
def test_is_expression(dydx):
    """dydx is a SymPy expression in x and y without unevaluated derivatives."""
    dydx = sp.sympify(dydx)
    assert isinstance(dydx, sp.Expr) and not dydx.has(sp.Derivative)
    assert {s.name for s in dydx.free_symbols} <= {"x", "y"}
