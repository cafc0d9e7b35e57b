OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp


@test_case(name='test_first_step', hidden=False, failure_message='For k = 0 the iterates are the starting point.')
def test_first_step(x_k, y_k):
    """For k = 0 the iterates are the starting point."""
    eta, k, x0, y0 = sp.symbols("eta k x0 y0")
    assert sp.simplify(x_k.subs(k, 0) - x0) == 0
    assert sp.simplify(y_k.subs(k, 0) - y0) == 0
