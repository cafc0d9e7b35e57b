OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_nine_configs', hidden=False, failure_message='9 configurations, eta = 3: rounds of 9, 3, 1 evaluations with budgets 1, 3, 9 (total 27).')
def test_nine_configs(successive_halving):
    """9 configurations, eta = 3: rounds of 9, 3, 1 evaluations with budgets 1, 3, 9 (total 27)."""
    best, total = successive_halving(lambda i, r: float(abs(i - 4)), 9, 3, 1.0)
    assert best == 4 and np.isclose(total, 27.0)
