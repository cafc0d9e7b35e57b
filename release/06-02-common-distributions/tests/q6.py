OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np
import sympy as sp
def at(expr, kv):
    """Evaluate expr at k = kv (symbols matched by name) as a float."""
    expr = sp.sympify(expr)
    return float(expr.subs({s: kv for s in expr.free_symbols if s.name == "k"}))


@test_case(name='test_expressions_in_k', hidden=False, failure_message='Both are SymPy expressions whose only symbol is k.')
def test_expressions_in_k(within_k_sigma, upper_tail):
    """Both are SymPy expressions whose only symbol is k."""
    for e in (within_k_sigma, upper_tail):
        assert {s.name for s in sp.sympify(e).free_symbols} == {"k"}
