OK_FORMAT = False

from otter.test_files import test_case

name = "q11"
points = 3

import numpy as np


@test_case(name='test_contains_estimate', hidden=False, failure_message='Two floats with lower < k/n < upper for 37 of 50.')
def test_contains_estimate(wilson_interval):
    """Two floats with lower < k/n < upper for 37 of 50."""
    lo, hi = wilson_interval(37, 50)
    assert 0 < lo < 0.74 < hi < 1
