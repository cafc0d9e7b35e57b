OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp


@test_case(name='test_quarter_turn', hidden=False, failure_message='The angle between (1, 0) and (1, 1) is pi/4, an exact SymPy value.')
def test_quarter_turn(angle_between):
    """The angle between (1, 0) and (1, 1) is pi/4, an exact SymPy value."""
    theta = angle_between([1, 0], [1, 1])
    assert isinstance(theta, sp.Expr) and not theta.has(sp.Float)
    assert sp.simplify(theta - sp.pi / 4) == 0
