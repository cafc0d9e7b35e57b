OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp


@test_case(name='test_polynomial_is_continuous', hidden=False, failure_message='x**2 is continuous at 2.')
def test_polynomial_is_continuous(classify_point):
    """x**2 is continuous at 2."""
    x = sp.symbols("x", real=True)
    assert classify_point(x**2, x, 2) == "continuous"
