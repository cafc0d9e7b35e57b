OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_two_triangles', hidden=False, failure_message='Two triangles {0,1,2} and {3,4,5} joined by one weak edge split into the two triangles.')
def test_two_triangles(fiedler_partition):
    """Two triangles {0,1,2} and {3,4,5} joined by one weak edge split into the two triangles."""
    W = np.zeros((6, 6))
    for a, b in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)]:
        W[a, b] = W[b, a] = 1.0
    W[2, 3] = W[3, 2] = 0.1
    labels = np.asarray(fiedler_partition(W))
    assert labels.shape == (6,)
    assert list(labels) == [0, 0, 0, 1, 1, 1]
