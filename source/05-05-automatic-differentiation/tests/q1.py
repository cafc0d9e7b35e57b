OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import sympy as sp


@test_case(name='test_example', hidden=False, failure_message='The example tape of §2 is sin(x0 x1) + x0.')
def test_example(tape_to_sympy):
    """The example tape of §2 is sin(x0 x1) + x0."""
    x0, x1 = sp.symbols("x0 x1", real=True)
    expr = tape_to_sympy([("mul", 0, 1), ("sin", 2), ("add", 3, 0)], [x0, x1])
    assert sp.simplify(expr - (sp.sin(x0 * x1) + x0)) == 0
