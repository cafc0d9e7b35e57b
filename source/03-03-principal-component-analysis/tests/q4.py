OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_full_rank_is_identity', hidden=False, failure_message='With k = d the reconstruction is exact.')
def test_full_rank_is_identity(pca_reconstruct):
    """With k = d the reconstruction is exact."""
    rng = np.random.default_rng(0)
    X = rng.standard_normal((20, 3))
    Y = rng.standard_normal((4, 3))
    out = pca_reconstruct(X, Y, 3)
    assert np.shape(out) == (4, 3) and np.allclose(out, Y)
