OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_diagonal_hessian', hidden=False, failure_message='For H = diag(1, 4) the answer is a float, and the stiff direction (curvature 4) sets the limit.')
def test_diagonal_hessian(max_stable_lr):
    """For H = diag(1, 4) the answer is a float, and the stiff direction (curvature 4) sets the limit."""
    eta = max_stable_lr(np.diag([1.0, 4.0]))
    assert isinstance(eta, float)
    assert np.isclose(eta, 0.5)
