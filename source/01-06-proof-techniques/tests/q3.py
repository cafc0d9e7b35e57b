OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_euler_polynomial', hidden=False, failure_message='n^2 + n + 41 is prime for n = 0..39 and fails at n = 40 (a Python int).')
def test_euler_polynomial(smallest_counterexample):
    """n^2 + n + 41 is prime for n = 0..39 and fails at n = 40 (a Python int)."""
    n = smallest_counterexample(41, 100)
    assert n == 40 and isinstance(n, int)
