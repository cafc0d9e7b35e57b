OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import sympy as sp


@test_case(name='test_along_an_axis', hidden=False, failure_message='Along e_1 the directional derivative is the partial derivative: f = x^2 + 3y^2 at (1, 2) gives 2.')
def test_along_an_axis(directional_derivative):
    """Along e_1 the directional derivative is the partial derivative: f = x^2 + 3y^2 at (1, 2) gives 2."""
    x, y = sp.symbols("x y", real=True)
    value = directional_derivative(x**2 + 3 * y**2, [x, y], [1, 2], [1, 0])
    assert sp.simplify(sp.sympify(value) - 2) == 0
