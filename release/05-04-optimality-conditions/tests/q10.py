OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import sympy as sp


@test_case(name='test_are_sets', hidden=False, failure_message='Three SymPy sets; a = 0 gives x^2 + 4y^2 + x^4, a strict minimum with a positive definite Hessian.')
def test_are_sets(pd_set, strict_min_set, saddle_set):
    """Three SymPy sets; a = 0 gives x^2 + 4y^2 + x^4, a strict minimum with a positive definite Hessian."""
    for s in (pd_set, strict_min_set, saddle_set):
        assert isinstance(s, sp.Set)
    assert 0 in pd_set and 0 in strict_min_set and 0 not in saddle_set
