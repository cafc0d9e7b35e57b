OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp
def as_points(points):
    """Turn a collection of (x, y) pairs into a set of exact SymPy pairs."""
    return {tuple(sp.nsimplify(v) for v in p) for p in points}


@test_case(name='test_types', hidden=False, failure_message='critical_points, minima and saddles are sets of (x, y) pairs; minima and saddles are subsets of critical_points.')
def test_types(critical_points, minima, saddles):
    """critical_points, minima and saddles are sets of (x, y) pairs; minima and saddles are subsets of critical_points."""
    for s in (critical_points, minima, saddles):
        assert isinstance(s, set)
        assert all(len(p) == 2 for p in s)
    assert as_points(minima) <= as_points(critical_points)
    assert as_points(saddles) <= as_points(critical_points)
