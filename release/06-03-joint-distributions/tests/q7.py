OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_types', hidden=False, failure_message='c_tri and p_y_gt_half are numbers; marginal_y depends on y only; cond_y_given_x on x and y.')
def test_types(c_tri, marginal_y, cond_y_given_x, p_y_gt_half):
    """c_tri and p_y_gt_half are numbers; marginal_y depends on y only; cond_y_given_x on x and y."""
    assert sp.sympify(c_tri).free_symbols == set() and sp.sympify(p_y_gt_half).free_symbols == set()
    assert {s.name for s in sp.sympify(marginal_y).free_symbols} == {"y"}
    assert {s.name for s in sp.sympify(cond_y_given_x).free_symbols} == {"x", "y"}
