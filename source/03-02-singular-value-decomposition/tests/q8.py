OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_invertible', hidden=False, failure_message='For an invertible matrix the pseudoinverse is the inverse.')
def test_invertible(pseudoinverse):
    """For an invertible matrix the pseudoinverse is the inverse."""
    A = np.array([[2.0, 1.0], [1.0, 1.0]])
    assert np.allclose(pseudoinverse(A), np.linalg.inv(A))
