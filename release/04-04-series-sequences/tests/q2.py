OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import sympy as sp


@test_case(name='test_a_match_is_small', hidden=False, failure_message='a_match is an exact expression (no free symbols) between 0 and 0.1.')
def test_a_match_is_small(a_match):
    """a_match is an exact expression (no free symbols) between 0 and 0.1."""
    value = sp.sympify(a_match)
    assert not value.free_symbols and 0 < float(value) < 0.1
