OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_cosine_area_simple', hidden=False, failure_message='A SymPy expression without Integral; from 1 to 0 over T = 2 the area is 1.')
def test_cosine_area_simple(cosine_area):
    """A SymPy expression without Integral; from 1 to 0 over T = 2 the area is 1."""
    assert isinstance(cosine_area, sp.Expr) and not cosine_area.has(sp.Integral)
    assert at(cosine_area, T=2, lr_max=1, lr_min=0) == 1
