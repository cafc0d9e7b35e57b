OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np
import sympy as sp
def _at(expr, **values):
    expr = sp.sympify(expr)
    return complex(expr.subs({s: values[s.name] for s in expr.free_symbols}).evalf()).real


@test_case(name='test_types', hidden=False, failure_message='pi_two is a 1x2 SymPy Matrix; lambda2 and p00_n are SymPy expressions.')
def test_types(pi_two, lambda2, p00_n):
    """pi_two is a 1x2 SymPy Matrix; lambda2 and p00_n are SymPy expressions."""
    assert isinstance(pi_two, sp.MatrixBase) and pi_two.shape == (1, 2)
    assert isinstance(lambda2, sp.Basic) and isinstance(p00_n, sp.Basic)
