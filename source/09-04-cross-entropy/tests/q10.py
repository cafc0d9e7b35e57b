OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_policy_equals_reference', hidden=False, failure_message='Returns a float; at initialisation (policy = reference) the loss is log 2.')
def test_policy_equals_reference(dpo_loss):
    """Returns a float; at initialisation (policy = reference) the loss is log 2."""
    lp = np.array([-12.0, -30.0])
    value = dpo_loss(lp, lp - 1.0, lp, lp - 1.0, 0.1)
    assert isinstance(value, float) and np.isclose(value, np.log(2.0))
