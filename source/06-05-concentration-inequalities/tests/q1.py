OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np
import sympy as sp
def _at(expr, a_val, lam_val):
    values = {"a": a_val, "lam": lam_val}
    return float(sp.sympify(expr).subs({s: values[s.name] for s in sp.sympify(expr).free_symbols}))


@test_case(name='test_are_expressions', hidden=False, failure_message='All three are SymPy expressions in a and lam; the exact tail at a = 1, lam = 1 is e**-1.')
def test_are_expressions(exact_tail, markov_tail, chebyshev_tail):
    """All three are SymPy expressions in a and lam; the exact tail at a = 1, lam = 1 is e**-1."""
    for expr in (exact_tail, markov_tail, chebyshev_tail):
        assert isinstance(expr, sp.Basic)
        assert {s.name for s in expr.free_symbols} <= {"a", "lam"}
    assert np.isclose(_at(exact_tail, 1.0, 1.0), np.exp(-1.0))
