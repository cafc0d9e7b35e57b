OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import sympy as sp


@test_case(name='test_types', hidden=False, failure_message='dinv_at_3 and dinv_at_11 are exact numbers (no floats) in (0, 1]; dlogit is an expression in p.')
def test_types(dinv_at_3, dinv_at_11, dlogit):
    """dinv_at_3 and dinv_at_11 are exact numbers (no floats) in (0, 1]; dlogit is an expression in p."""
    for v in (dinv_at_3, dinv_at_11):
        v = sp.sympify(v)
        assert v.is_number and not v.has(sp.Float) and 0 < v <= 1
    assert {s.name for s in sp.sympify(dlogit).free_symbols} == {"p"}
