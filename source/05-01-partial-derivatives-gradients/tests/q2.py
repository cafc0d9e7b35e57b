OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_types', hidden=False, failure_message='fx0 and fy0 are numbers, d_theta is an expression in theta, differentiable is a bool.')
def test_types(fx0, fy0, d_theta, differentiable):
    """fx0 and fy0 are numbers, d_theta is an expression in theta, differentiable is a bool."""
    assert sp.sympify(fx0).is_number and sp.sympify(fy0).is_number
    assert {s.name for s in sp.sympify(d_theta).free_symbols} == {"theta"}
    assert isinstance(differentiable, bool)
