OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_2x2', hidden=False, failure_message='[[2, 1], [6, 5]] = [[1, 0], [3, 1]] [[2, 1], [0, 2]].')
def test_2x2(lu_nopivot):
    """[[2, 1], [6, 5]] = [[1, 0], [3, 1]] [[2, 1], [0, 2]]."""
    L, U = lu_nopivot(np.array([[2.0, 1.0], [6.0, 5.0]]))
    assert np.allclose(L, [[1.0, 0.0], [3.0, 1.0]]) and np.allclose(U, [[2.0, 1.0], [0.0, 2.0]])
