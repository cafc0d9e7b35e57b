OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_joint_is_expression', hidden=False, failure_message='joint_uv is a SymPy expression in u (and possibly v), positive at u = 1, v = 1/2.')
def test_joint_is_expression(joint_uv):
    """joint_uv is a SymPy expression in u (and possibly v), positive at u = 1, v = 1/2."""
    e = sp.sympify(joint_uv)
    assert {s.name for s in e.free_symbols} <= {"u", "v"}
    assert float(at(e, u=1, v=sp.Rational(1, 2))) > 0
