OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_single_vector', hidden=False, failure_message='[3, 4] has RMS sqrt(12.5); with g = 1 the output is [3, 4] / sqrt(12.5) (up to eps).')
def test_single_vector(rms_norm):
    """[3, 4] has RMS sqrt(12.5); with g = 1 the output is [3, 4] / sqrt(12.5) (up to eps)."""
    y = np.asarray(rms_norm(np.array([3.0, 4.0]), np.ones(2)))
    assert y.shape == (2,)
    assert np.allclose(y, np.array([3.0, 4.0]) / np.sqrt(12.5), atol=1e-6)
