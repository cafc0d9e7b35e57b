OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 3

import numpy as np


@test_case(name='test_at_zero', hidden=False, failure_message='At w = 0 every prediction is 1/2: loss log 2, and shapes (), (d,), (d, d).')
def test_at_zero(logistic_loss_grad_hess):
    """At w = 0 every prediction is 1/2: loss log 2, and shapes (), (d,), (d, d)."""
    X = np.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])
    y = np.array([1.0, 0.0, 1.0])
    loss, g, H = logistic_loss_grad_hess(np.zeros(2), X, y)
    assert isinstance(loss, float) and np.isclose(loss, np.log(2.0))
    assert np.shape(g) == (2,) and np.shape(H) == (2, 2)
