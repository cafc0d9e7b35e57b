OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_one_equation', hidden=False, failure_message='x + y + z = 0 is a plane in R^3: N has shape (3, 2) and A N = 0.')
def test_one_equation(null_space_basis):
    """x + y + z = 0 is a plane in R^3: N has shape (3, 2) and A N = 0."""
    A = np.array([[1.0, 1.0, 1.0]])
    N = null_space_basis(A)
    assert np.shape(N) == (3, 2)
    assert np.allclose(A @ N, 0.0)
