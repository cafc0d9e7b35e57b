OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_lower_2x2', hidden=False, failure_message='[[2, 0], [1, 1]] x = [4, 5] gives x = [2, 3].')
def test_lower_2x2(solve_triangular):
    """[[2, 0], [1, 1]] x = [4, 5] gives x = [2, 3]."""
    x = np.asarray(solve_triangular(np.array([[2.0, 0.0], [1.0, 1.0]]), np.array([4.0, 5.0]), True))
    assert x.shape == (2,)
    assert np.allclose(x, [2.0, 3.0])
