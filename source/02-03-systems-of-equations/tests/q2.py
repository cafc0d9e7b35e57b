OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_small_system', hidden=False, failure_message='x + y = 3, x - y = 1 gives (2, 1).')
def test_small_system(gaussian_solve):
    """x + y = 3, x - y = 1 gives (2, 1)."""
    x = gaussian_solve(np.array([[1.0, 1.0], [1.0, -1.0]]), np.array([3.0, 1.0]))
    assert np.allclose(x, [2.0, 1.0])
