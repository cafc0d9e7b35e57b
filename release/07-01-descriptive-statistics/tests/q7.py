OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np
from scipy import stats


@test_case(name='test_symmetric_two_point', hidden=False, failure_message='Values +-1 in equal numbers: skewness 0, kurtosis 1, so excess kurtosis -2.')
def test_symmetric_two_point(shape_stats):
    """Values +-1 in equal numbers: skewness 0, kurtosis 1, so excess kurtosis -2."""
    g1, g2 = shape_stats(np.array([-1.0, 1.0, -1.0, 1.0]))
    assert np.isclose(g1, 0.0) and np.isclose(g2, -2.0)
