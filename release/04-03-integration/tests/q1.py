OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import sympy as sp


@test_case(name='test_c_beta_is_exact', hidden=False, failure_message='c_beta is an exact positive number (no floats).')
def test_c_beta_is_exact(c_beta):
    """c_beta is an exact positive number (no floats)."""
    value = sp.sympify(c_beta)
    assert value.is_number and value > 0 and not value.has(sp.Float)
