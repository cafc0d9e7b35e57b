OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_median_of_odd', hidden=False, failure_message='q = 0.5 of five values is the middle one after sorting.')
def test_median_of_odd(quantile_linear):
    """q = 0.5 of five values is the middle one after sorting."""
    value = quantile_linear(np.array([9.0, 1.0, 5.0, 3.0, 7.0]), 0.5)
    assert isinstance(value, float) and np.isclose(value, 5.0)
