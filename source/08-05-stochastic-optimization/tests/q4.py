OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp


@test_case(name='test_is_interval', hidden=False, failure_message='A SymPy set containing p = 3/4.')
def test_is_interval(rm_interval):
    """A SymPy set containing p = 3/4."""
    assert isinstance(rm_interval, sp.Set)
    assert rm_interval.contains(sp.Rational(3, 4)) == sp.true
