OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np
import sympy as sp
def _at(expr, **values):
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols}))


@test_case(name='test_fair_walk', hidden=False, failure_message='SymPy expressions; the fair walk (p = 1/2) has mean 0 and variance n.')
def test_fair_walk(walk_mean, walk_var, walk_cov):
    """SymPy expressions; the fair walk (p = 1/2) has mean 0 and variance n."""
    for expr in (walk_mean, walk_var, walk_cov):
        assert isinstance(expr, sp.Basic)
    assert np.isclose(_at(walk_mean, p=0.5, n=10, j=3), 0.0)
    assert np.isclose(_at(walk_var, p=0.5, n=10, j=3), 10.0)
