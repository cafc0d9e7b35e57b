OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 1

import sympy as sp


@test_case(name='test_no_integral_left', hidden=False, failure_message='dF is a SymPy expression in x without Integral objects.')
def test_no_integral_left(dF):
    """dF is a SymPy expression in x without Integral objects."""
    expr = sp.sympify(dF)
    assert isinstance(expr, sp.Expr) and not expr.has(sp.Integral)
    assert {s.name for s in expr.free_symbols} <= {"x"}
