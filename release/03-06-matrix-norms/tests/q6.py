OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='For A = I the relative error is ||db|| / ||b|| and kappa = 1.')
def test_identity(solve_error_bound):
    """For A = I the relative error is ||db|| / ||b|| and kappa = 1."""
    actual, bound = solve_error_bound(np.eye(2), np.array([3.0, 4.0]), np.array([0.0, 0.5]))
    assert np.isclose(actual, 0.1) and np.isclose(bound, 0.1)
