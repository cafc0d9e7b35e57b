OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_zero_networks', hidden=False, failure_message='With s = t = 0 the layer is the identity: y = x and logdet = 0.')
def test_zero_networks(coupling_forward):
    """With s = t = 0 the layer is the identity: y = x and logdet = 0."""
    x = np.array([1.0, 2.0, 3.0, 4.0])
    y, logdet = coupling_forward(x, lambda h: np.zeros(2), lambda h: np.zeros(2))
    assert np.allclose(y, x) and np.isclose(logdet, 0.0)
