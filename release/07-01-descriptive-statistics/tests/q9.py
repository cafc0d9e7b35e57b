OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np
import sympy as sp
def _at(expr, nv):
    expr = sp.sympify(expr)
    return float(expr.subs({s: nv for s in expr.free_symbols}))


@test_case(name='test_expressions', hidden=False, failure_message='Two SymPy expressions in n; for n = 2 the single pair gives variance (x1 - x2)**2 / 4.')
def test_expressions(k_pop, k_sample):
    """Two SymPy expressions in n; for n = 2 the single pair gives variance (x1 - x2)**2 / 4."""
    assert isinstance(k_pop, sp.Basic) and isinstance(k_sample, sp.Basic)
    assert {s.name for s in k_pop.free_symbols} <= {"n"}
    assert np.isclose(_at(k_pop, 2), 0.25)
