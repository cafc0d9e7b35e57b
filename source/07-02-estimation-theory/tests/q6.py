OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 3

import numpy as np


@test_case(name='test_mle_small', hidden=False, failure_message='Shape (V, V), rows sum to 1; the stream 0 1 0 1 always alternates, so with alpha = 1 each row is one-hot.')
def test_mle_small(bigram_map):
    """Shape (V, V), rows sum to 1; the stream 0 1 0 1 always alternates, so with alpha = 1 each row is one-hot."""
    P = np.asarray(bigram_map(np.array([0, 1, 0, 1]), 2, 1.0))
    assert P.shape == (2, 2)
    assert np.allclose(P.sum(axis=1), 1.0)
    assert np.allclose(P, [[0.0, 1.0], [1.0, 0.0]])
