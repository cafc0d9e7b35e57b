OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_two_vectors', hidden=False, failure_message='[3] and [4] have global norm 5; clipping to 1 scales both by 1/5.')
def test_two_vectors(clip_by_global_norm):
    """[3] and [4] have global norm 5; clipping to 1 scales both by 1/5."""
    clipped, total = clip_by_global_norm([np.array([3.0]), np.array([4.0])], 1.0)
    assert np.isclose(total, 5.0)
    assert np.allclose(clipped[0], [0.6]) and np.allclose(clipped[1], [0.8])
