OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import sympy as sp


@test_case(name='test_types', hidden=False, failure_message='Each radius is an exact non-negative SymPy number or sp.oo (no floats).')
def test_types(radius_a, radius_b, radius_c, radius_d):
    """Each radius is an exact non-negative SymPy number or sp.oo (no floats)."""
    for r in (radius_a, radius_b, radius_c, radius_d):
        r = sp.sympify(r)
        assert (r.is_number and r >= 0 and not r.has(sp.Float)) or r == sp.oo
