OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_small_case', hidden=False, failure_message='A SymPy expression; for eta = lam = sigma = 1 the recursion V = 0 * V + 1 has fixed point 1.')
def test_small_case(stationary_var):
    """A SymPy expression; for eta = lam = sigma = 1 the recursion V = 0 * V + 1 has fixed point 1."""
    assert isinstance(stationary_var, sp.Expr)
    assert at(stationary_var, eta=1, lam=1, sigma=1) == 1
