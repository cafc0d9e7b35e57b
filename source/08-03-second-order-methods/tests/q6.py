OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_linear_residual', hidden=False, failure_message='For r(x) = x - c (J = I) and lam = 0 the step -r jumps straight to the solution.')
def test_linear_residual(lm_step):
    """For r(x) = x - c (J = I) and lam = 0 the step -r jumps straight to the solution."""
    p = lm_step(np.eye(2), np.array([1.0, -3.0]), 0.0)
    assert np.shape(p) == (2,) and np.allclose(p, [-1.0, 3.0])
