OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_single_layer', hidden=False, failure_message='One layer is just W x + b (no ReLU on the output layer): negative outputs survive.')
def test_single_layer(mlp_forward):
    """One layer is just W x + b (no ReLU on the output layer): negative outputs survive."""
    W, b = np.array([[1.0, -2.0]]), np.array([0.5])
    out = mlp_forward(np.array([1.0, 3.0]), [W], [b])
    assert np.allclose(out, [-4.5])
