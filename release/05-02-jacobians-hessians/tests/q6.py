OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='H = diag(1, 5, 2): the top eigenvalue is 5, returned as a float.')
def test_diagonal(top_hessian_eigenvalue):
    """H = diag(1, 5, 2): the top eigenvalue is 5, returned as a float."""
    lam = top_hessian_eigenvalue(lambda v: np.array([1.0, 5.0, 2.0]) * v, 3)
    assert isinstance(lam, float)
    assert np.isclose(lam, 5.0, rtol=1e-6)
