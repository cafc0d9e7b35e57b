OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp


@test_case(name='test_triangular_numbers', hidden=False, failure_message='p = 1 gives n(n+1)/2.')
def test_triangular_numbers(power_sum_closed_form):
    """p = 1 gives n(n+1)/2."""
    n = sp.Symbol("n")
    assert sp.expand(power_sum_closed_form(1, n) - n * (n + 1) / 2) == 0
