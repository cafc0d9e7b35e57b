OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_identity_alignment', hidden=False, failure_message='If B = A the best orthogonal map is the identity, returned as a (d, d) array.')
def test_identity_alignment(procrustes):
    """If B = A the best orthogonal map is the identity, returned as a (d, d) array."""
    A = np.random.default_rng(13).standard_normal((10, 3))
    W = np.asarray(procrustes(A, A))
    assert W.shape == (3, 3)
    assert np.allclose(W, np.eye(3))
