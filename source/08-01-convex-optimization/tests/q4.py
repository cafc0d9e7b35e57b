OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_orthogonal_columns', hidden=False, failure_message='X with orthogonal columns of squared norms 8 and 2 (n = 2) and lam = 0: the Hessian is diag(4, 1).')
def test_orthogonal_columns(ridge_constants):
    """X with orthogonal columns of squared norms 8 and 2 (n = 2) and lam = 0: the Hessian is diag(4, 1)."""
    X = np.array([[2.0, 1.0], [2.0, -1.0]])
    L, mu = ridge_constants(X, 0.0)
    assert isinstance(L, float) and isinstance(mu, float)
    assert np.isclose(L, 4.0) and np.isclose(mu, 1.0)
