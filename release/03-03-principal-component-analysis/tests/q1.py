OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_two_points', hidden=False, failure_message='Two samples (0, 0) and (2, 4): variances 2 and 8, covariance 4 (divisor n - 1 = 1).')
def test_two_points(sample_covariance):
    """Two samples (0, 0) and (2, 4): variances 2 and 8, covariance 4 (divisor n - 1 = 1)."""
    S = sample_covariance(np.array([[0.0, 0.0], [2.0, 4.0]]))
    assert np.shape(S) == (2, 2)
    assert np.allclose(S, [[2.0, 4.0], [4.0, 8.0]])
