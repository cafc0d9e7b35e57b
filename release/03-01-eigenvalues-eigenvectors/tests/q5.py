OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_diagonal_matrix', hidden=False, failure_message='For diag(3, 1) from (1, 1), the estimate approaches 3 and x approaches (+-1, 0) with unit norm.')
def test_diagonal_matrix(power_iteration):
    """For diag(3, 1) from (1, 1), the estimate approaches 3 and x approaches (+-1, 0) with unit norm."""
    lam, x = power_iteration(np.diag([3.0, 1.0]), np.array([1.0, 1.0]), 60)
    assert isinstance(lam, float) and np.shape(x) == (2,)
    assert np.isclose(lam, 3.0) and np.isclose(np.linalg.norm(x), 1.0) and np.isclose(abs(x[0]), 1.0)
