OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import sympy as sp


@test_case(name='test_inner_minimiser', hidden=False, failure_message='x_of_lam is an expression in lam that makes the x-derivative of the Lagrangian vanish.')
def test_inner_minimiser(x_of_lam):
    """x_of_lam is an expression in lam that makes the x-derivative of the Lagrangian vanish."""
    lam = sp.symbols("lam", nonnegative=True)
    t = sp.symbols("t", real=True)
    assert sp.simplify(sp.diff(t ** 2 + lam * (1 - t), t).subs(t, x_of_lam)) == 0
