OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_shape_and_diagonal', hidden=False, failure_message='Returns an (N, N) array; each non-empty document has similarity 1 with itself.')
def test_shape_and_diagonal(pairwise_jaccard):
    """Returns an (N, N) array; each non-empty document has similarity 1 with itself."""
    X = np.array([[1, 1, 0, 0, 1], [0, 1, 1, 0, 0], [1, 0, 0, 0, 0]], dtype=bool)
    J = np.asarray(pairwise_jaccard(X))
    assert J.shape == (3, 3)
    assert np.allclose(np.diag(J), 1.0)
