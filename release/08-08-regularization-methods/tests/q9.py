OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='After one step from 0, w_1 = eta X^T y, so f_i = eta * sigma_i**2.')
def test_one_step(gd_filter_factors):
    """After one step from 0, w_1 = eta X^T y, so f_i = eta * sigma_i**2."""
    out = gd_filter_factors(np.array([1.0, 2.0]), 0.1, 1)
    assert np.shape(out) == (2,)
    assert np.allclose(out, [0.1, 0.4])
