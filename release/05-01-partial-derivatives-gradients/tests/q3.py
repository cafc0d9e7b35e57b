OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_linear_function', hidden=False, failure_message="The gradient of a·x is a: returns an array of x's shape.")
def test_linear_function(central_gradient):
    """The gradient of a·x is a: returns an array of x's shape."""
    g = central_gradient(lambda v: 2.0 * v[0] - 3.0 * v[1] + 0.5 * v[2], np.array([1.0, 2.0, 3.0]))
    assert np.shape(g) == (3,)
    assert np.allclose(g, [2.0, -3.0, 0.5], atol=1e-8)
