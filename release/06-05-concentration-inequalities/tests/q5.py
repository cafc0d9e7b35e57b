OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np
import sympy as sp
from scipy import stats
def _at(expr, t_val, mu_val):
    expr = sp.sympify(expr)
    values = {"t": t_val, "mu": mu_val}
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols}))


@test_case(name='test_expressions', hidden=False, failure_message='Both are SymPy expressions in t and mu only (the parameter lambda has been optimised away).')
def test_expressions(best_lambda, poisson_chernoff):
    """Both are SymPy expressions in t and mu only (the parameter lambda has been optimised away)."""
    for expr in (best_lambda, poisson_chernoff):
        assert isinstance(expr, sp.Basic)
        assert {s.name for s in expr.free_symbols} <= {"t", "mu"}
