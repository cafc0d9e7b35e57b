OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_zero_steps', hidden=False, failure_message='T = 0: the loss is f(x0) and does not depend on the learning rate.')
def test_zero_steps(lr_hypergradient):
    """T = 0: the loss is f(x0) and does not depend on the learning rate."""
    loss, d = lr_hypergradient(np.eye(2), np.zeros(2), np.array([1.0, 2.0]), 0.1, 0)
    assert np.isclose(loss, 2.5) and np.isclose(d, 0.0)
