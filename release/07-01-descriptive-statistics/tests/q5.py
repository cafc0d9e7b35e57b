OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_equal_halves', hidden=False, failure_message='[0, 2] and [4, 6] (means 1 and 5, variances 1 and 1) merge to [0, 2, 4, 6]: mean 3, variance 5.')
def test_equal_halves(merge_stats):
    """[0, 2] and [4, 6] (means 1 and 5, variances 1 and 1) merge to [0, 2, 4, 6]: mean 3, variance 5."""
    n, mean, var = merge_stats(2, 1.0, 1.0, 2, 5.0, 1.0)
    assert n == 4 and np.isclose(mean, 3.0) and np.isclose(var, 5.0)
