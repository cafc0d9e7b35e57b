OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_identity_case', hidden=False, failure_message='With A = I, b = 0 the gradient is x - mu.')
def test_identity_case(quadratic_gradient):
    """With A = I, b = 0 the gradient is x - mu."""
    g = quadratic_gradient(np.eye(2), np.zeros(2), np.array([1.0, 1.0]), np.array([3.0, -1.0]))
    assert np.shape(g) == (2,)
    assert np.allclose(g, [2.0, -2.0])
