OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import sympy as sp


@test_case(name='test_feasible', hidden=False, failure_message='The optimal point satisfies the constraint x + y = c.')
def test_feasible(x_opt, y_opt):
    """The optimal point satisfies the constraint x + y = c."""
    c = sp.symbols("c", real=True)
    assert sp.simplify(x_opt + y_opt - c) == 0
