OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_single_layer', hidden=False, failure_message='A single layer collapses to itself.')
def test_single_layer(collapse_linear_layers):
    """A single layer collapses to itself."""
    W = np.array([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]])
    b = np.array([0.5, -1.0])
    W2, b2 = collapse_linear_layers([(W, b)])
    assert np.allclose(W2, W) and np.allclose(b2, b)
