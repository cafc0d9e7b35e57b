OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='Shapes (m, k), (k,), (k, n) for a 8 x 6 matrix and k = 2.')
def test_shapes(randomized_svd):
    """Shapes (m, k), (k,), (k, n) for a 8 x 6 matrix and k = 2."""
    A = np.random.default_rng(8).standard_normal((8, 6))
    U, s, Vt = randomized_svd(A, 2, 3, 0)
    assert np.shape(U) == (8, 2) and np.shape(s) == (2,) and np.shape(Vt) == (2, 6)
