OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_first_terms', hidden=False, failure_message='K = 0 gives the identity and K = 1 gives I + A.')
def test_first_terms(neumann_inverse):
    """K = 0 gives the identity and K = 1 gives I + A."""
    A = np.array([[0.1, 0.2], [0.0, 0.3]])
    assert np.allclose(neumann_inverse(A, 0), np.eye(2))
    assert np.allclose(neumann_inverse(A, 1), np.eye(2) + A)
