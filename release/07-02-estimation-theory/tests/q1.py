OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 3

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values})


@test_case(name='test_loglik_one_observation', hidden=False, failure_message='A SymPy expression; one observation x = 1 (success at the first attempt) has likelihood p.')
def test_loglik_one_observation(geom_loglik):
    """A SymPy expression; one observation x = 1 (success at the first attempt) has likelihood p."""
    assert isinstance(geom_loglik, sp.Expr)
    value = at(geom_loglik, p=sp.Rational(1, 3), n=1, S=1)
    assert abs(float(value) - float(sp.log(sp.Rational(1, 3)))) < 1e-12
