OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np
import sympy as sp
def at(expr, **values):
    """Evaluate expr as a float, substituting numbers for symbols matched by name."""
    expr = sp.sympify(expr)
    return float(expr.subs({sym: values[sym.name] for sym in expr.free_symbols if sym.name in values}))


@test_case(name='test_unit_scale', hidden=False, failure_message='For s = 1: E[A] = 1/sqrt(2 pi) (about 0.399) and E[A^2] = 1/2.')
def test_unit_scale(relu_mean, relu_second_moment):
    """For s = 1: E[A] = 1/sqrt(2 pi) (about 0.399) and E[A^2] = 1/2."""
    assert np.isclose(at(relu_mean, s=1), 1 / np.sqrt(2 * np.pi))
    assert np.isclose(at(relu_second_moment, s=1), 0.5)
