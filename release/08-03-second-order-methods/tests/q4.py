OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_secant_condition', hidden=False, failure_message="The updated matrix maps y to s and has the input's shape.")
def test_secant_condition(bfgs_update):
    """The updated matrix maps y to s and has the input's shape."""
    s = np.array([1.0, 0.0])
    y = np.array([2.0, 1.0])
    H1 = bfgs_update(np.eye(2), s, y)
    assert np.shape(H1) == (2, 2)
    assert np.allclose(H1 @ y, s)
