OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_log_one_minus_x_squared', hidden=False, failure_message='log(1 - x^2) is defined exactly on the open interval (-1, 1).')
def test_log_one_minus_x_squared(natural_domain):
    """log(1 - x^2) is defined exactly on the open interval (-1, 1)."""
    x = sp.Symbol("x")
    assert natural_domain(sp.log(1 - x**2), x) == sp.Interval.open(-1, 1)
