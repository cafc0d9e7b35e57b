OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np


@test_case(name='test_zero_rewards', hidden=False, failure_message='With no reward differences the KL term keeps the reference policy.')
def test_zero_rewards(kl_optimal_policy):
    """With no reward differences the KL term keeps the reference policy."""
    ref = np.array([0.5, 0.3, 0.2])
    out = kl_optimal_policy(ref, np.zeros(3), 1.0)
    assert np.shape(out) == (3,) and np.allclose(out, ref)
