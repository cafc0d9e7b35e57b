OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np
import sympy as sp
def num(expr, **values):
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_kl_bern_value', hidden=False, failure_message='A SymPy expression in a and b; D(Bern(1/2)||Bern(1/2)) = 0.')
def test_kl_bern_value(kl_bern):
    """A SymPy expression in a and b; D(Bern(1/2)||Bern(1/2)) = 0."""
    assert isinstance(sp.sympify(kl_bern), sp.Expr)
    assert np.isclose(num(kl_bern, a=0.5, b=0.5), 0.0)
