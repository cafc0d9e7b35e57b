OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_orthonormal_columns', hidden=False, failure_message='Two orthonormal columns (sigma = 1) with lam = 1: each filter factor is 1/2, total 1.0.')
def test_orthonormal_columns(ridge_dof):
    """Two orthonormal columns (sigma = 1) with lam = 1: each filter factor is 1/2, total 1.0."""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    value = ridge_dof(X, 1.0)
    assert isinstance(value, float)
    assert np.isclose(value, 1.0)
