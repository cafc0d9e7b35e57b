OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_one_dominant_direction', hidden=False, failure_message='Data almost on a line: one component explains more than 90% of the variance.')
def test_one_dominant_direction(n_components_for_variance):
    """Data almost on a line: one component explains more than 90% of the variance."""
    t = np.linspace(-1.0, 1.0, 21)
    X = np.column_stack([t, 2.0 * t + 0.01 * np.cos(7.0 * t)])
    k = n_components_for_variance(X, 0.9)
    assert isinstance(k, int) and k == 1
