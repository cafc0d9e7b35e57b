OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_first_step_accepted', hidden=False, failure_message='For f = ||x||^2 / 2 at (1, 0), the full step lr0 = 1 lands on the minimum and is accepted.')
def test_first_step_accepted(backtracking_step):
    """For f = ||x||^2 / 2 at (1, 0), the full step lr0 = 1 lands on the minimum and is accepted."""
    eta, x_new = backtracking_step(lambda v: 0.5 * v @ v, lambda v: v, np.array([1.0, 0.0]))
    assert np.isclose(eta, 1.0) and np.allclose(x_new, [0.0, 0.0])
