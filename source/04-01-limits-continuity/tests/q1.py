OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import sympy as sp


@test_case(name='test_exact_numbers', hidden=False, failure_message='Each of lim_a, lim_b, lim_c, lim_d is an exact, finite SymPy number (no floats, no free symbols).')
def test_exact_numbers(lim_a, lim_b, lim_c, lim_d):
    """Each of lim_a, lim_b, lim_c, lim_d is an exact, finite SymPy number (no floats, no free symbols)."""
    for value in (lim_a, lim_b, lim_c, lim_d):
        value = sp.sympify(value)
        assert not value.free_symbols and value.is_finite
        assert not value.has(sp.Float)
