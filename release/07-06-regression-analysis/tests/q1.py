OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np
import sympy as sp
def evaluate(expr, x, y):
    """Evaluate an expression in n, S_x, S_y, S_xx, S_xy on data x, y (symbols matched by name)."""
    vals = {"n": len(x), "S_x": x.sum(), "S_y": y.sum(), "S_xx": x @ x, "S_xy": x @ y}
    expr = sp.sympify(expr)
    return float(expr.subs({s: vals[s.name] for s in expr.free_symbols if s.name in vals}))


@test_case(name='test_perfect_line', hidden=False, failure_message='SymPy expressions; points on y = 1 + 2x are fitted exactly.')
def test_perfect_line(intercept, slope):
    """SymPy expressions; points on y = 1 + 2x are fitted exactly."""
    x = np.array([0.0, 1.0, 2.0])
    y = 1.0 + 2.0 * x
    assert isinstance(sp.sympify(slope), sp.Expr)
    assert np.isclose(evaluate(intercept, x, y), 1.0) and np.isclose(evaluate(slope, x, y), 2.0)
