OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np
import sympy as sp
def pdf_at(expr, yv):
    """Evaluate the density at y = yv (symbols matched by name)."""
    expr = sp.sympify(expr)
    return float(expr.subs({s: yv for s in expr.free_symbols if s.name == "y"}))


@test_case(name='test_is_expression_in_y', hidden=False, failure_message='square_pdf is a SymPy expression whose only symbol is y, positive at y = 1.')
def test_is_expression_in_y(square_pdf):
    """square_pdf is a SymPy expression whose only symbol is y, positive at y = 1."""
    e = sp.sympify(square_pdf)
    assert {s.name for s in e.free_symbols} == {"y"}
    assert pdf_at(e, 1.0) > 0
