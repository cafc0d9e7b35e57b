OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_mgf_at_zero', hidden=False, failure_message='An MGF is 1 at t = 0 (E[e^0] = 1), and it is not a Piecewise.')
def test_mgf_at_zero(mgf_exp):
    """An MGF is 1 at t = 0 (E[e^0] = 1), and it is not a Piecewise."""
    e = sp.sympify(mgf_exp)
    assert not e.has(sp.Piecewise)
    assert at(e, t=0, lam=3) == 1
