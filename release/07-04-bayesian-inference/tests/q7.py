OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np


@test_case(name='test_counts', hidden=False, failure_message='Pull counts add up to the number of rounds; the reward is an int no larger than that.')
def test_counts(thompson_sampling):
    """Pull counts add up to the number of rounds; the reward is an int no larger than that."""
    pulls, total = thompson_sampling(np.array([0.2, 0.5]), 50, 0)
    assert np.sum(pulls) == 50 and isinstance(total, int) and 0 <= total <= 50
