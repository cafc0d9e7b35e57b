OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_single_vector', hidden=False, failure_message='[3, 4] has norm 5; clipping to 1 gives [0.6, 0.8].')
def test_single_vector(clip_by_global_norm):
    """[3, 4] has norm 5; clipping to 1 gives [0.6, 0.8]."""
    clipped, norm = clip_by_global_norm([np.array([3.0, 4.0])], 1.0)
    assert isinstance(norm, float) and np.isclose(norm, 5.0)
    assert len(clipped) == 1 and np.allclose(clipped[0], [0.6, 0.8])
