OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message="T = 2 queries, T' = 3 keys, d = 4: dQ is (2, 4), dK is (3, 4).")
def test_shapes(attention_scores_backward):
    """T = 2 queries, T' = 3 keys, d = 4: dQ is (2, 4), dK is (3, 4)."""
    dQ, dK = attention_scores_backward(np.ones((2, 3)), np.ones((2, 4)), np.ones((3, 4)))
    assert np.shape(dQ) == (2, 4) and np.shape(dK) == (3, 4)
