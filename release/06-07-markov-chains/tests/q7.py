OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np
def _ruin_chain(N, p):
    P = np.zeros((N + 1, N + 1))
    P[0, 0] = P[N, N] = 1.0
    for i in range(1, N):
        P[i, i + 1] = p
        P[i, i - 1] = 1 - p
    return P


@test_case(name='test_fair_ruin', hidden=False, failure_message="Fair gambler's ruin on {0, ..., 4}: expected durations i(4 - i) = [3, 4, 3]; from 1, absorbed at 0 with probability 3/4.")
def test_fair_ruin(absorbing_stats):
    """Fair gambler's ruin on {0, ..., 4}: expected durations i(4 - i) = [3, 4, 3]; from 1, absorbed at 0 with probability 3/4."""
    t, B = absorbing_stats(_ruin_chain(4, 0.5), [1, 2, 3])
    t, B = np.asarray(t), np.asarray(B)
    assert t.shape == (3,) and B.shape == (3, 2)
    assert np.allclose(t, [3.0, 4.0, 3.0])
    assert np.isclose(B[0, 0], 0.75)
