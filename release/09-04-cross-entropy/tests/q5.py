OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np
import sympy as sp
def num(expr, **values):
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_binary_case', hidden=False, failure_message='A SymPy expression; with V = 2 and eps = 0.2 the target is (0.9, 0.1), so the gap is log 9.')
def test_binary_case(optimal_gap):
    """A SymPy expression; with V = 2 and eps = 0.2 the target is (0.9, 0.1), so the gap is log 9."""
    assert isinstance(sp.sympify(optimal_gap), sp.Expr)
    assert np.isclose(num(optimal_gap, eps=0.2, V=2), np.log(9.0))
