OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_closed_form_n1', hidden=False, failure_message='A SymPy expression with no Sum; for n=1 the sum is H_1 = 1.')
def test_closed_form_n1(sum_of_harmonics):
    """A SymPy expression with no Sum; for n=1 the sum is H_1 = 1."""
    assert isinstance(sum_of_harmonics, sp.Expr) and not sum_of_harmonics.has(sp.Sum)
    assert at(sum_of_harmonics, n=1) == 1
