OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np


@test_case(name='test_shapes_and_product', hidden=False, failure_message='For a 4 x 2 matrix: Q is 4 x 2, R is 2 x 2 and Q R = A.')
def test_shapes_and_product(householder_qr):
    """For a 4 x 2 matrix: Q is 4 x 2, R is 2 x 2 and Q R = A."""
    A = np.array([[1.0, 2.0], [2.0, 0.0], [2.0, 1.0], [0.0, 1.0]])
    Q, R = householder_qr(A)
    assert np.shape(Q) == (4, 2) and np.shape(R) == (2, 2)
    assert np.allclose(np.asarray(Q) @ np.asarray(R), A)
