OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='Both kinds return an array of shape (fan_in, fan_out).')
def test_shape(he_init):
    """Both kinds return an array of shape (fan_in, fan_out)."""
    assert np.shape(he_init(4, 3, "normal", 0)) == (4, 3)
    assert np.shape(he_init(4, 3, "uniform", 0)) == (4, 3)
