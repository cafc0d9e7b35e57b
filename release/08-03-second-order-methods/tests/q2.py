OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp


@test_case(name='test_are_expressions', hidden=False, failure_message='Three SymPy expressions in x; each map fixes its minimiser (0, 1 and 0).')
def test_are_expressions(N_quartic, N_log, N_sqrt):
    """Three SymPy expressions in x; each map fixes its minimiser (0, 1 and 0)."""
    x = sp.symbols("x", positive=True)
    for N in (N_quartic, N_log, N_sqrt):
        assert isinstance(N, sp.Expr)
    assert sp.simplify(N_log.subs(x, 1) - 1) == 0
    assert sp.simplify(N_sqrt.subs(x, 0)) == 0
