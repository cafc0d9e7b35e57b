OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_one_layer', hidden=False, failure_message="depth = 1, w = 1, x = 0: value sigma(0) = 1/2, derivative sigma'(0) = 1/4.")
def test_one_layer(sigmoid_tower):
    """depth = 1, w = 1, x = 0: value sigma(0) = 1/2, derivative sigma'(0) = 1/4."""
    value, deriv = sigmoid_tower(0.0, 1.0, 1)
    assert np.isclose(value, 0.5) and np.isclose(deriv, 0.25)
