OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_small_gradient_unchanged', hidden=False, failure_message='Norm 5 with max_norm 10: nothing changes and the total norm is reported.')
def test_small_gradient_unchanged(clip_by_global_norm):
    """Norm 5 with max_norm 10: nothing changes and the total norm is reported."""
    clipped, total = clip_by_global_norm([np.array([3.0]), np.array([[4.0, 0.0]])], 10.0)
    assert np.isclose(total, 5.0)
    assert np.shape(clipped[1]) == (1, 2)
    assert np.allclose(clipped[0], [3.0]) and np.allclose(clipped[1], [[4.0, 0.0]])
