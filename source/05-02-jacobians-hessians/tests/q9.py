OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import sympy as sp


@test_case(name='test_one_variable', hidden=False, failure_message='e^x at 0: 1 + x + x^2/2.')
def test_one_variable(taylor2):
    """e^x at 0: 1 + x + x^2/2."""
    x = sp.Symbol("x", real=True)
    assert sp.expand(taylor2(sp.exp(x), [x], [0]) - (1 + x + x**2 / 2)) == 0
