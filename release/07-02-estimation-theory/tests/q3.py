OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='Returns an array of two positive MSEs.')
def test_shape(variance_mse_study):
    """Returns an array of two positive MSEs."""
    out = np.asarray(variance_mse_study(4, 100, 0))
    assert out.shape == (2,) and np.all(out > 0)
