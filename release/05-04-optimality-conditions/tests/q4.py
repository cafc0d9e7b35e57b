OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_already_stationary', hidden=False, failure_message='Starting at the minimiser of ||x||^2 / 2 takes 0 steps.')
def test_already_stationary(gd_until_stationary):
    """Starting at the minimiser of ||x||^2 / 2 takes 0 steps."""
    x, steps = gd_until_stationary(lambda v: v, np.zeros(2), 0.1, 1e-6, 100)
    assert steps == 0 and np.allclose(x, 0.0)
