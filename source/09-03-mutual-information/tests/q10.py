OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_most_relevant_first', hidden=False, failure_message='With k = 1: the single most informative column, and its relevance (here H(y) = log 2, a copy of y).')
def test_most_relevant_first(mrmr_select):
    """With k = 1: the single most informative column, and its relevance (here H(y) = log 2, a copy of y)."""
    y = np.array([0, 0, 1, 1, 0, 1])
    X = np.stack([np.array([0, 1, 0, 1, 0, 0]), y], axis=1)
    picked, gains = mrmr_select(X, y, 1)
    assert list(picked) == [1] and np.allclose(gains, [np.log(2.0)])
