OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_diagonal_quadratic', hidden=False, failure_message='f = 1/2 (x^2 + 3 y^2 + 10 z^2): the sharpness is 10.')
def test_diagonal_quadratic(top_hessian_eigenvalue):
    """f = 1/2 (x^2 + 3 y^2 + 10 z^2): the sharpness is 10."""
    A = np.diag([1.0, 3.0, 10.0])
    out = top_hessian_eigenvalue(lambda x: A @ x, np.zeros(3), 60, 0)
    assert isinstance(out, float) and np.isclose(out, 10.0, rtol=1e-6)
