OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_zero_logit', hidden=False, failure_message='Returns a float; a logit of 0 (probability 1/2) costs log 2 for either label.')
def test_zero_logit(bce_with_logits):
    """Returns a float; a logit of 0 (probability 1/2) costs log 2 for either label."""
    value = bce_with_logits(np.array([0.0, 0.0]), np.array([0.0, 1.0]))
    assert isinstance(value, float) and np.isclose(value, np.log(2.0))
