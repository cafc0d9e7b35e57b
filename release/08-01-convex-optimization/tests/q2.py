OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp


@test_case(name='test_are_sets', hidden=False, failure_message='All three answers are SymPy sets, and a = 0 belongs to each of them.')
def test_are_sets(convex_a, strictly_convex_a, strongly_convex_a):
    """All three answers are SymPy sets, and a = 0 belongs to each of them."""
    for s in (convex_a, strictly_convex_a, strongly_convex_a):
        assert isinstance(s, sp.Set)
        assert s.contains(0) == sp.true
