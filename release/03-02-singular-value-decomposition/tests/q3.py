OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For diag(3, 2, 1) the best rank-2 approximation is diag(3, 2, 0).')
def test_diagonal(best_rank_k):
    """For diag(3, 2, 1) the best rank-2 approximation is diag(3, 2, 0)."""
    out = best_rank_k(np.diag([3.0, 2.0, 1.0]), 2)
    assert np.shape(out) == (3, 3) and np.allclose(out, np.diag([3.0, 2.0, 0.0]))
