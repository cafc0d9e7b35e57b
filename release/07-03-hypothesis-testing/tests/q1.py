OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 3

import sympy as sp
def num(expr, **values):
    """Evaluate expr numerically, substituting symbols by name."""
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_types', hidden=False, failure_message='Three SymPy expressions; the critical value at alpha = 0.05 is a positive number.')
def test_types(critical_value, power_expr, p_value_expr):
    """Three SymPy expressions; the critical value at alpha = 0.05 is a positive number."""
    for e in (critical_value, power_expr, p_value_expr):
        assert isinstance(sp.sympify(e), sp.Expr)
    assert num(critical_value, alpha=0.05) > 0
