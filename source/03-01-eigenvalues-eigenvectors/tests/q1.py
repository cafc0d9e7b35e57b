OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For diag(2, 5) the basis vector e_2 is an eigenvector with eigenvalue 5.0 (a float).')
def test_diagonal(eigenvalue_of):
    """For diag(2, 5) the basis vector e_2 is an eigenvector with eigenvalue 5.0 (a float)."""
    lam = eigenvalue_of(np.diag([2.0, 5.0]), np.array([0.0, 1.0]))
    assert isinstance(lam, float) and np.isclose(lam, 5.0)
