OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_zero_logit', hidden=False, failure_message='At z = 0 the prediction is 1/2: the loss is log 2 for y = 0 and y = 1.')
def test_zero_logit(bce_with_logits):
    """At z = 0 the prediction is 1/2: the loss is log 2 for y = 0 and y = 1."""
    loss, grad = bce_with_logits(np.array([0.0, 0.0]), np.array([0.0, 1.0]))
    assert np.allclose(loss, [np.log(2.0), np.log(2.0)])
    assert np.shape(grad) == (2,)
