OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_shapes_and_values', hidden=False, failure_message='For a 3x2 matrix: shapes (3, 2), (2,), (2, 2), and s equals the singular values, largest first.')
def test_shapes_and_values(svd_via_eigh):
    """For a 3x2 matrix: shapes (3, 2), (2,), (2, 2), and s equals the singular values, largest first."""
    A = np.array([[3.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    U, s, Vt = svd_via_eigh(A)
    assert np.shape(U) == (3, 2) and np.shape(s) == (2,) and np.shape(Vt) == (2, 2)
    assert np.allclose(s, [3.0, 1.0])
