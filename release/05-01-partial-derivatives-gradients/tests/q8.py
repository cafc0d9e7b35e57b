OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_l2', hidden=False, failure_message='For the Euclidean norm the answer is -g / ||g||.')
def test_l2(steepest_direction):
    """For the Euclidean norm the answer is -g / ||g||."""
    d = steepest_direction(np.array([3.0, -4.0]), "l2")
    assert np.shape(d) == (2,)
    assert np.allclose(d, [-0.6, 0.8])
