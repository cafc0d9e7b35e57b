OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='g = [2, 2], H = diag(1, 4): the model minimum is 1/2 (4/1 + 4/4) = 2.5 below f(x).')
def test_diagonal(predicted_decrease):
    """g = [2, 2], H = diag(1, 4): the model minimum is 1/2 (4/1 + 4/4) = 2.5 below f(x)."""
    out = predicted_decrease(np.array([2.0, 2.0]), np.diag([1.0, 4.0]))
    assert isinstance(out, float) and np.isclose(out, 2.5)
