OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_shape_and_zero_sum', hidden=False, failure_message="The gradient has the logits' shape and each row sums to 0.")
def test_shape_and_zero_sum(xent_grad):
    """The gradient has the logits' shape and each row sums to 0."""
    z = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    t = np.array([[0.0, 0.0, 1.0], [0.5, 0.5, 0.0]])
    g = np.asarray(xent_grad(z, t))
    assert g.shape == (2, 3) and np.allclose(g.sum(axis=1), 0.0)
