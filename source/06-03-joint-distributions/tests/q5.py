OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='An array of shape (n, d); the same seed gives the same samples.')
def test_shape(mvn_sample):
    """An array of shape (n, d); the same seed gives the same samples."""
    S = np.asarray(mvn_sample(np.zeros(2), np.eye(2), 10, 0))
    assert S.shape == (10, 2)
    assert np.allclose(S, mvn_sample(np.zeros(2), np.eye(2), 10, 0))
