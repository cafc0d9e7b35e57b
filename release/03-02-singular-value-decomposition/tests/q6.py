OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np
import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values})


@test_case(name='test_list_of_two', hidden=False, failure_message='shear_sigmas is a list of two SymPy expressions in t; at t = 0 both are 1.')
def test_list_of_two(shear_sigmas):
    """shear_sigmas is a list of two SymPy expressions in t; at t = 0 both are 1."""
    assert len(shear_sigmas) == 2
    assert all(sp.simplify(at(e, t=0) - 1) == 0 for e in shear_sigmas)
