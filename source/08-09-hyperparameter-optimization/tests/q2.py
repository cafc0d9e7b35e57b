OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_shape_and_range', hidden=False, failure_message='n samples inside [low, high].')
def test_shape_and_range(sample_log_uniform):
    """n samples inside [low, high]."""
    x = sample_log_uniform(1e-5, 1e-2, 100, 0)
    assert np.shape(x) == (100,)
    assert np.all(x >= 1e-5) and np.all(x <= 1e-2)
