OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_isotropic', hidden=False, failure_message='For A = 4 I the gradient points straight at the minimiser and the best step is 1/4.')
def test_isotropic(exact_step):
    """For A = 4 I the gradient points straight at the minimiser and the best step is 1/4."""
    out = exact_step(4.0 * np.eye(2), np.array([1.0, 2.0]), np.array([3.0, -1.0]))
    assert isinstance(out, float) and np.isclose(out, 0.25)
