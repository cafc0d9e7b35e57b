OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_small_case', hidden=False, failure_message='(0, 0) and (1, 1) against (3, 4): squared distances 25 and 13, shape (2, 1).')
def test_small_case(pairwise_sq_distances):
    """(0, 0) and (1, 1) against (3, 4): squared distances 25 and 13, shape (2, 1)."""
    D = pairwise_sq_distances(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[3.0, 4.0]]))
    assert np.shape(D) == (2, 1)
    assert np.allclose(D, [[25.0], [13.0]])
