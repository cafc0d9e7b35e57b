OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_two_dims', hidden=False, failure_message='With d = 2 (theta_0 = 1), the vector (1, 0) at position m becomes (cos m, sin m); position 0 is unchanged.')
def test_two_dims(rope):
    """With d = 2 (theta_0 = 1), the vector (1, 0) at position m becomes (cos m, sin m); position 0 is unchanged."""
    out = rope(np.tile([1.0, 0.0], (3, 1)))
    assert np.shape(out) == (3, 2)
    assert np.allclose(out, [[1.0, 0.0], [np.cos(1.0), np.sin(1.0)], [np.cos(2.0), np.sin(2.0)]])
