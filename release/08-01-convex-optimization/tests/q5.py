OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For A = diag(1, 9): eta* = 2/10 and rho = 8/10.')
def test_diagonal(best_constant_step):
    """For A = diag(1, 9): eta* = 2/10 and rho = 8/10."""
    eta, rho = best_constant_step(np.diag([1.0, 9.0]))
    assert isinstance(eta, float) and isinstance(rho, float)
    assert np.isclose(eta, 0.2) and np.isclose(rho, 0.8)
