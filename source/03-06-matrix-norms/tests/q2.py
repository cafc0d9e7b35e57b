OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='Returns (W / sigma, u_new) with the shapes of W and u; for a diagonal W and u = e_1, sigma = W[0, 0].')
def test_shapes(spectral_normalize):
    """Returns (W / sigma, u_new) with the shapes of W and u; for a diagonal W and u = e_1, sigma = W[0, 0]."""
    W = np.array([[2.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    Wn, u_new = spectral_normalize(W, np.array([1.0, 0.0]))
    assert np.shape(Wn) == (2, 3) and np.shape(u_new) == (2,)
    assert np.allclose(Wn, W / 2.0) and np.allclose(u_new, [1.0, 0.0])
