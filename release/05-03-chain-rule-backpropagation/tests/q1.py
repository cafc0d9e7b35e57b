OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np
import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return expr.subs({sym: values[sym.name] for sym in expr.free_symbols if sym.name in values})


@test_case(name='test_symbols', hidden=False, failure_message='sigmoid_prime uses only s, tanh_prime only t.')
def test_symbols(sigmoid_prime, tanh_prime):
    """sigmoid_prime uses only s, tanh_prime only t."""
    assert {v.name for v in sp.sympify(sigmoid_prime).free_symbols} == {"s"}
    assert {v.name for v in sp.sympify(tanh_prime).free_symbols} == {"t"}
