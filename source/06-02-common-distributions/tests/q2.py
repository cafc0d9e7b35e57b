OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_zero_logit', hidden=False, failure_message='Returns a float; at z = 0 the model says 1/2, and the NLL is log 2 for either label.')
def test_zero_logit(bce_with_logits):
    """Returns a float; at z = 0 the model says 1/2, and the NLL is log 2 for either label."""
    value = bce_with_logits(np.array([0.0, 1.0]), np.array([0.0, 0.0]))
    assert isinstance(value, float)
    assert np.isclose(value, np.log(2.0))
