OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_shape_and_standardised', hidden=False, failure_message="Output has the input's shape; with gamma = 1, beta = 0 each row has mean about 0.")
def test_shape_and_standardised(layer_norm):
    """Output has the input's shape; with gamma = 1, beta = 0 each row has mean about 0."""
    x = np.array([[1.0, 2.0, 3.0, 4.0], [10.0, 0.0, -10.0, 5.0]])
    y = np.asarray(layer_norm(x, np.ones(4), np.zeros(4)))
    assert y.shape == (2, 4)
    assert np.allclose(y.mean(axis=1), 0.0)
