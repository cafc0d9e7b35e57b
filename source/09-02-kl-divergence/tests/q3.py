OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 1

import numpy as np
import sympy as sp
def num(expr, **values):
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_equal_rates', hidden=False, failure_message='A SymPy expression with no Integral; equal rates give 0.')
def test_equal_rates(kl_exponential):
    """A SymPy expression with no Integral; equal rates give 0."""
    expr = sp.sympify(kl_exponential)
    assert not expr.has(sp.Integral)
    assert np.isclose(num(expr, lam1=2.0, lam2=2.0), 0.0)
