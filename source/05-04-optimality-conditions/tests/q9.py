OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_gradient_step', hidden=False, failure_message='Away from stationary points it is plain gradient descent.')
def test_gradient_step(second_order_step):
    """Away from stationary points it is plain gradient descent."""
    x_new, kind = second_order_step(lambda v: 2.0 * v, lambda v: 2.0 * np.eye(2), np.array([1.0, -1.0]))
    assert kind == "gradient" and np.allclose(x_new, [0.8, -0.8])
