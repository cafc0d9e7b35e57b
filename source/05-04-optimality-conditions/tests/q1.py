OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 3

import sympy as sp
def normalise(result):
    return {(sp.nsimplify(p[0]), sp.nsimplify(p[1])): kind for p, kind in result.items()}


@test_case(name='test_cubic', hidden=False, failure_message='x^3 - 3x + y^2 has a minimum at (1, 0) and a saddle at (-1, 0).')
def test_cubic(classify_critical_points):
    """x^3 - 3x + y^2 has a minimum at (1, 0) and a saddle at (-1, 0)."""
    x, y = sp.symbols("x y", real=True)
    out = normalise(classify_critical_points(x**3 - 3 * x + y**2, x, y))
    assert out == {(1, 0): "min", (-1, 0): "saddle"}
