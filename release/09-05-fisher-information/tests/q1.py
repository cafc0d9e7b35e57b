OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np
import sympy as sp
def num(expr, **values):
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_rate_one', hidden=False, failure_message='A SymPy expression in lam; at lam = 1 the information is 1.')
def test_rate_one(fisher_poisson):
    """A SymPy expression in lam; at lam = 1 the information is 1."""
    assert isinstance(sp.sympify(fisher_poisson), sp.Expr)
    assert np.isclose(num(fisher_poisson, lam=1.0), 1.0)
