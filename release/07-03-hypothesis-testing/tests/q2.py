OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_symmetric_case', hidden=False, failure_message='Three floats; a = [1, 2, 3], b = [2, 3, 4]: t = -sqrt(3/2) with 4 degrees of freedom.')
def test_symmetric_case(welch_t_test):
    """Three floats; a = [1, 2, 3], b = [2, 3, 4]: t = -sqrt(3/2) with 4 degrees of freedom."""
    t, df, p = welch_t_test(np.array([1.0, 2.0, 3.0]), np.array([2.0, 3.0, 4.0]))
    assert np.isclose(t, -np.sqrt(1.5)) and np.isclose(df, 4.0)
    assert 0 < p < 1
