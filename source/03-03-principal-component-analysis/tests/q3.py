OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np
import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values})


@test_case(name='test_axis_directions', hidden=False, failure_message='Along the x-axis (theta = 0) the variance is S[0, 0] = 3; along the y-axis it is 2.')
def test_axis_directions(directional_variance):
    """Along the x-axis (theta = 0) the variance is S[0, 0] = 3; along the y-axis it is 2."""
    assert sp.simplify(at(directional_variance, theta=0) - 3) == 0
    assert sp.simplify(at(directional_variance, theta=sp.pi / 2) - 2) == 0
