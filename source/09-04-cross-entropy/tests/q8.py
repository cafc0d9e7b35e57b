OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_orthogonal_pairs', hidden=False, failure_message='Returns a float; with temperature 1 and orthonormal matching pairs in N = d = 2, each row costs log(1 + e**-1).')
def test_orthogonal_pairs(clip_loss):
    """Returns a float; with temperature 1 and orthonormal matching pairs in N = d = 2, each row costs log(1 + e**-1)."""
    value = clip_loss(np.eye(2), np.eye(2), 1.0)
    assert isinstance(value, float) and np.isclose(value, np.log(1 + np.exp(-1.0)))
