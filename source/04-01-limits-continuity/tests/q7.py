OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_simple_case', hidden=False, failure_message='For z = [1, 3, 2]: cold is one-hot on the largest logit, hot is uniform.')
def test_simple_case(temperature_limits):
    """For z = [1, 3, 2]: cold is one-hot on the largest logit, hot is uniform."""
    cold, hot = temperature_limits(np.array([1.0, 3.0, 2.0]))
    assert np.allclose(cold, [0, 1, 0])
    assert np.allclose(hot, [1 / 3, 1 / 3, 1 / 3])
