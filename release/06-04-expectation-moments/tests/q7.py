OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_symmetric_two_points', hidden=False, failure_message='Returns two floats; the sample [-1, 1] has skewness 0 and kurtosis 1, i.e. excess -2.')
def test_symmetric_two_points(skew_kurt):
    """Returns two floats; the sample [-1, 1] has skewness 0 and kurtosis 1, i.e. excess -2."""
    s, k = skew_kurt(np.array([-1.0, 1.0]))
    assert isinstance(s, float) and isinstance(k, float)
    assert np.isclose(s, 0.0) and np.isclose(k, -2.0)
