OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 3

import numpy as np


@test_case(name='test_single_layer', hidden=False, failure_message='One plain layer at x = 0: h = 0 and J = diag(1 - 0) W = W.')
def test_single_layer(chain_jacobian):
    """One plain layer at x = 0: h = 0 and J = diag(1 - 0) W = W."""
    W = np.array([[1.0, 2.0], [0.0, -1.0]])
    h, J = chain_jacobian([W], np.zeros(2), False)
    assert np.allclose(h, 0.0) and np.shape(J) == (2, 2)
    assert np.allclose(J, W)
