OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='mean_centre keeps the shape of its input.')
def test_shape(mean_centre):
    """mean_centre keeps the shape of its input."""
    assert np.shape(mean_centre(np.ones((3, 2)))) == (3, 2)
