OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np
import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name, and return a float."""
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_constant_is_a_number', hidden=False, failure_message='c_norm is a positive SymPy number (no free symbols).')
def test_constant_is_a_number(c_norm):
    """c_norm is a positive SymPy number (no free symbols)."""
    c = sp.sympify(c_norm)
    assert c.free_symbols == set() and float(c) > 0


@test_case(name='test_cdf_is_expression', hidden=False, failure_message='cdf_expr is a SymPy expression in x with no unevaluated Integral.')
def test_cdf_is_expression(cdf_expr):
    """cdf_expr is a SymPy expression in x with no unevaluated Integral."""
    e = sp.sympify(cdf_expr)
    assert not e.has(sp.Integral) and {s.name for s in e.free_symbols} <= {"x"}
