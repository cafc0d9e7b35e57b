OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='Q (2, 3, 4, 9) and K (2, 3, 5, 9) give scores of shape (2, 3, 4, 5).')
def test_shape(attention_scores):
    """Q (2, 3, 4, 9) and K (2, 3, 5, 9) give scores of shape (2, 3, 4, 5)."""
    rng = np.random.default_rng(0)
    S = attention_scores(rng.standard_normal((2, 3, 4, 9)), rng.standard_normal((2, 3, 5, 9)))
    assert np.shape(S) == (2, 3, 4, 5)
