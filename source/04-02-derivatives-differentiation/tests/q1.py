OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np
import sympy as sp
def _at(expr, value):
    expr = sp.sympify(expr)
    return float(expr.subs({s: value for s in expr.free_symbols}))


@test_case(name='test_derivative_at_zero', hidden=False, failure_message="silu_prime is a SymPy expression in x; SiLU'(0) = sigma(0) = 1/2.")
def test_derivative_at_zero(silu_prime):
    """silu_prime is a SymPy expression in x; SiLU'(0) = sigma(0) = 1/2."""
    assert isinstance(silu_prime, sp.Expr)
    assert np.isclose(_at(silu_prime, 0.0), 0.5)
