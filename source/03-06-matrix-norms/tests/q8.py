OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='diag(5, 2, 0.5) with tau = 1 becomes diag(4, 1, 0).')
def test_diagonal(singular_value_threshold):
    """diag(5, 2, 0.5) with tau = 1 becomes diag(4, 1, 0)."""
    X = np.asarray(singular_value_threshold(np.diag([5.0, 2.0, 0.5]), 1.0))
    assert X.shape == (3, 3)
    assert np.allclose(X, np.diag([4.0, 1.0, 0.0]))
