OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_symmetric_case', hidden=False, failure_message='Returns (low, high) floats around the sample mean 0.5 of 2,000 alternating 0/1 scores.')
def test_symmetric_case(hoeffding_interval):
    """Returns (low, high) floats around the sample mean 0.5 of 2,000 alternating 0/1 scores."""
    x = np.tile([0.0, 1.0], 1000)
    low, high = hoeffding_interval(x, 0.05, 0.0, 1.0)
    assert isinstance(low, float) and isinstance(high, float)
    assert low < 0.5 < high and np.isclose(low + high, 1.0)
