OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_simple', hidden=False, failure_message='L = 1, gap = 1, eps = 0.3: the bound 2 L gap / K must be <= eps^2 = 0.09.')
def test_simple(steps_for_stationarity):
    """L = 1, gap = 1, eps = 0.3: the bound 2 L gap / K must be <= eps^2 = 0.09."""
    K = steps_for_stationarity(1.0, 1.0, 0.3)
    assert isinstance(K, int) and K == 23
