OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_zero_reward', hidden=False, failure_message='With no reward the best policy is the reference itself, with value 0.')
def test_zero_reward(kl_regularized_policy):
    """With no reward the best policy is the reference itself, with value 0."""
    pi, value = kl_regularized_policy(np.log(np.array([0.2, 0.3, 0.5])), np.zeros(3), 1.0)
    assert np.shape(pi) == (3,)
    assert np.allclose(pi, [0.2, 0.3, 0.5]) and np.isclose(value, 0.0)
