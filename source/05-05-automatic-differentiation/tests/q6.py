OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_zero_margin', hidden=False, failure_message='Delta = 0: loss log 2, gradient -beta/2 per pair, divided by N.')
def test_zero_margin(dpo_loss_and_grad):
    """Delta = 0: loss log 2, gradient -beta/2 per pair, divided by N."""
    loss, grad = dpo_loss_and_grad(np.zeros(2), 0.1)
    assert np.isclose(loss, np.log(2.0))
    assert np.shape(grad) == (2,) and np.allclose(grad, [-0.025, -0.025])
