OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_2x2', hidden=False, failure_message='[[4, 2], [2, 5]] = L L^T with L = [[2, 0], [1, 2]].')
def test_2x2(cholesky):
    """[[4, 2], [2, 5]] = L L^T with L = [[2, 0], [1, 2]]."""
    L = np.asarray(cholesky(np.array([[4.0, 2.0], [2.0, 5.0]])))
    assert np.allclose(L, [[2.0, 0.0], [1.0, 2.0]])
