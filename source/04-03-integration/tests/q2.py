OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp
def _at_lam(expr, value):
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: value for s in expr.free_symbols if s.name == "lam"}))


@test_case(name='test_mean_at_rate_one', hidden=False, failure_message='mean_exp is an expression in lam; with rate 1 the mean is 1.')
def test_mean_at_rate_one(mean_exp):
    """mean_exp is an expression in lam; with rate 1 the mean is 1."""
    assert _at_lam(mean_exp, 1) == 1
