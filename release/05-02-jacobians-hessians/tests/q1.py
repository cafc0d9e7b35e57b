OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_shape', hidden=False, failure_message='J is a 2 x 2 SymPy Matrix, with J[0, 0] = dF_1/dx = e^y.')
def test_shape(J):
    """J is a 2 x 2 SymPy Matrix, with J[0, 0] = dF_1/dx = e^y."""
    assert isinstance(J, sp.MatrixBase) and J.shape == (2, 2)
    assert sp.simplify(at(J[0, 0], y=1) - sp.E) == 0
