OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_undiscounted', hidden=False, failure_message='With gamma = 1, G_t is the sum of the remaining rewards: [1, 2, 3] -> [6, 5, 3].')
def test_undiscounted(returns_to_go):
    """With gamma = 1, G_t is the sum of the remaining rewards: [1, 2, 3] -> [6, 5, 3]."""
    G = returns_to_go(np.array([1.0, 2.0, 3.0]), 1.0)
    assert np.shape(G) == (3,)
    assert np.allclose(G, [6.0, 5.0, 3.0])
