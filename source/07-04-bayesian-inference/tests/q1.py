OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 3

import sympy as sp
def num(expr, **values):
    """Evaluate expr numerically, substituting symbols by name."""
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_one_observation_equal_variances', hidden=False, failure_message='SymPy expressions; one observation with sigma2 = tau2 = 1 halves the variance and averages xbar and mu0.')
def test_one_observation_equal_variances(post_var, post_mean):
    """SymPy expressions; one observation with sigma2 = tau2 = 1 halves the variance and averages xbar and mu0."""
    assert isinstance(sp.sympify(post_var), sp.Expr) and isinstance(sp.sympify(post_mean), sp.Expr)
    assert abs(num(post_var, n=1, sigma2=1, tau2=1) - 0.5) < 1e-12
    assert abs(num(post_mean, n=1, sigma2=1, tau2=1, xbar=2, mu0=0) - 1.0) < 1e-12
