OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_shape_and_one_dim', hidden=False, failure_message='Shape (d,); in one dimension with x = [1, 1], y = [1, 1], sigma2 = tau2 = 1 the MAP weight is 2/3.')
def test_shape_and_one_dim(map_linear_weights):
    """Shape (d,); in one dimension with x = [1, 1], y = [1, 1], sigma2 = tau2 = 1 the MAP weight is 2/3."""
    w = np.asarray(map_linear_weights(np.array([[1.0], [1.0]]), np.array([1.0, 1.0]), 1.0, 1.0))
    assert w.shape == (1,)
    assert np.allclose(w, [2.0 / 3.0])
