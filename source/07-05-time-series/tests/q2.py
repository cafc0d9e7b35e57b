OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 3

import sympy as sp
def num(expr, **values):
    """Evaluate expr numerically, substituting symbols by name."""
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_ar1_variance_simple', hidden=False, failure_message='A SymPy expression; phi = 0 is white noise with variance sigma2.')
def test_ar1_variance_simple(ar1_variance):
    """A SymPy expression; phi = 0 is white noise with variance sigma2."""
    assert isinstance(sp.sympify(ar1_variance), sp.Expr)
    assert abs(num(ar1_variance, phi=0, sigma2=2.5) - 2.5) < 1e-12
