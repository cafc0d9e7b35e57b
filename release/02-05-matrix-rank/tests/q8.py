OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
def make(s, m=6, n=5, seed=8):
    """A matrix with the given singular values."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((m, len(s))))
    V, _ = np.linalg.qr(rng.standard_normal((n, len(s))))
    return U @ np.diag(s) @ V.T


@test_case(name='test_exact_rank', hidden=False, failure_message='Returns an int; with a tiny rel_tol a rank-2 matrix needs r = 2.')
def test_exact_rank(min_rank_for_error):
    """Returns an int; with a tiny rel_tol a rank-2 matrix needs r = 2."""
    r = min_rank_for_error(make([3.0, 1.0]), 1e-6)
    assert int(r) == r and r == 2
