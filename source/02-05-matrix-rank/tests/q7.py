OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='For a 4 x 6 matrix and r = 2 the factors have shapes (4, 2) and (2, 6).')
def test_shapes(low_rank_factors):
    """For a 4 x 6 matrix and r = 2 the factors have shapes (4, 2) and (2, 6)."""
    W = np.random.default_rng(5).standard_normal((4, 6))
    B, A = low_rank_factors(W, 2)
    assert np.shape(B) == (4, 2) and np.shape(A) == (2, 6)
