OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp


@test_case(name='test_odd_numbers', hidden=False, failure_message='1 + 3 + ... + (2n-1) = n^2 from n0 = 1: both residuals are 0.')
def test_odd_numbers(induction_residuals):
    """1 + 3 + ... + (2n-1) = n^2 from n0 = 1: both residuals are 0."""
    n = sp.Symbol("n", integer=True)
    base, step = induction_residuals(n**2, 2 * n - 1, n, 1)
    assert base == 0 and step == 0
