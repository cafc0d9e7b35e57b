OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_one_big_outlier', hidden=False, failure_message='Only the 100 is flagged in [1, ..., 9, 100].')
def test_one_big_outlier(tukey_outliers):
    """Only the 100 is flagged in [1, ..., 9, 100]."""
    x = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 100.0])
    out = np.asarray(tukey_outliers(x))
    assert out.shape == x.shape and out.dtype == bool
    assert out.tolist() == [False] * 9 + [True]
