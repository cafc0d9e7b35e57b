OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_two_by_two', hidden=False, failure_message='[[1, 2], [3, 4]] @ [[5, 6], [7, 8]] = [[19, 22], [43, 50]].')
def test_two_by_two(matmul_outer):
    """[[1, 2], [3, 4]] @ [[5, 6], [7, 8]] = [[19, 22], [43, 50]]."""
    C = matmul_outer(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[5.0, 6.0], [7.0, 8.0]]))
    assert np.allclose(C, [[19.0, 22.0], [43.0, 50.0]])
