OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp


@test_case(name='test_line', hidden=False, failure_message='Maximise x*y on the line x + 2y = 4: one candidate, (2, 1), with value 2.')
def test_line(lagrange_extrema):
    """Maximise x*y on the line x + 2y = 4: one candidate, (2, 1), with value 2."""
    x, y = sp.symbols("x y", real=True)
    out = lagrange_extrema(x * y, x + 2 * y - 4, [x, y])
    assert {tuple(sp.nsimplify(c) for c in p): sp.nsimplify(v) for p, v in out.items()} == {(2, 1): 2}
