OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp


@test_case(name='test_members', hidden=False, failure_message="A list of SymPy expressions in x, each with p(1) = 0 and p'(0) = 0.")
def test_members(S_basis):
    """A list of SymPy expressions in x, each with p(1) = 0 and p'(0) = 0."""
    x = sp.Symbol("x")
    assert isinstance(S_basis, list) and len(S_basis) >= 1
    for p in S_basis:
        p = sp.sympify(p)
        assert sp.simplify(p.subs(x, 1)) == 0
        assert sp.simplify(sp.diff(p, x).subs(x, 0)) == 0
