OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_one_equation', hidden=False, failure_message='x1 + x2 = 2: the shortest solution is [1, 1].')
def test_one_equation(min_norm_solution):
    """x1 + x2 = 2: the shortest solution is [1, 1]."""
    x = min_norm_solution(np.array([[1.0, 1.0]]), np.array([2.0]))
    assert np.shape(x) == (2,) and np.allclose(x, [1.0, 1.0])
