OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 1

import numpy as np


@test_case(name='test_diagonal_system', hidden=False, failure_message='diag(2, 4) x = (2, 2) has solution (1, 0.5), returned with shape (2,).')
def test_diagonal_system(cramer_solve):
    """diag(2, 4) x = (2, 2) has solution (1, 0.5), returned with shape (2,)."""
    x = cramer_solve(np.diag([2.0, 4.0]), np.array([2.0, 2.0]))
    assert np.shape(x) == (2,)
    assert np.allclose(x, [1.0, 0.5])
