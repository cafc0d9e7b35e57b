OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np
import sympy as sp
from scipy.integrate import quad
def density(expr):
    expr = sp.sympify(expr)
    syms = [s for s in expr.free_symbols if s.name == "p"]
    return sp.lambdify(syms, expr, "numpy") if syms else (lambda v: float(expr))


@test_case(name='test_value_at_half', hidden=False, failure_message='A SymPy expression in p; at p = 1/2 the density is 2/pi.')
def test_value_at_half(jeffreys_bernoulli):
    """A SymPy expression in p; at p = 1/2 the density is 2/pi."""
    f = density(jeffreys_bernoulli)
    assert np.isclose(float(f(0.5)), 2 / np.pi)
