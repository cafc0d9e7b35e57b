OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np
import sympy as sp
def at(expr, **values):
    """Evaluate expr as a float, substituting numbers for symbols matched by name."""
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_equal_variances', hidden=False, failure_message='With v1 = v2 = 1, the product is centred halfway between the means, with variance 1/2.')
def test_equal_variances(prod_mean, prod_var):
    """With v1 = v2 = 1, the product is centred halfway between the means, with variance 1/2."""
    vals = dict(m1=0.0, m2=2.0, v1=1.0, v2=1.0)
    assert np.isclose(at(prod_mean, **vals), 1.0)
    assert np.isclose(at(prod_var, **vals), 0.5)
