OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 1

import numpy as np


@test_case(name='test_values', hidden=False, failure_message='S_1 maps [3, 0.5, -2] to [2, 0, -1].')
def test_values(soft_threshold):
    """S_1 maps [3, 0.5, -2] to [2, 0, -1]."""
    assert np.allclose(soft_threshold(np.array([3.0, 0.5, -2.0]), 1.0), [2.0, 0.0, -1.0])
