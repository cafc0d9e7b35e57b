OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 3

import numpy as np


@test_case(name='test_shape_and_constant_upstream', hidden=False, failure_message='dX has the shape of X; a constant upstream gradient gives dX = 0 (y always has mean 0).')
def test_shape_and_constant_upstream(layernorm_backward):
    """dX has the shape of X; a constant upstream gradient gives dX = 0 (y always has mean 0)."""
    X = np.array([[1.0, 2.0, 4.0], [0.0, -1.0, 3.0]])
    dX = layernorm_backward(np.ones((2, 3)), X)
    assert np.shape(dX) == (2, 3)
    assert np.allclose(dX, 0.0, atol=1e-10)
