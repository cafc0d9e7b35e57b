OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_shapes_and_equal_logits', hidden=False, failure_message='For x = [0, 0, 0] the running max stays 0 and the running sum counts 1, 2, 3.')
def test_shapes_and_equal_logits(online_softmax_states):
    """For x = [0, 0, 0] the running max stays 0 and the running sum counts 1, 2, 3."""
    m, s = online_softmax_states(np.zeros(3))
    assert np.shape(m) == (3,) and np.shape(s) == (3,)
    assert np.allclose(m, 0.0) and np.allclose(s, [1.0, 2.0, 3.0])
