OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp


@test_case(name='test_types', hidden=False, failure_message='Both are SymPy sets, and a = 0 (A = 2I) belongs to both.')
def test_types(pd_set, psd_set):
    """Both are SymPy sets, and a = 0 (A = 2I) belongs to both."""
    assert isinstance(pd_set, sp.Set) and isinstance(psd_set, sp.Set)
    assert pd_set.contains(0) == sp.true and psd_set.contains(0) == sp.true
