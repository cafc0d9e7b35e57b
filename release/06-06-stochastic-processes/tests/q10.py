OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_fair_game', hidden=False, failure_message='In a fair game the probability of reaching N first is i / N.')
def test_fair_game(ruin_probability):
    """In a fair game the probability of reaching N first is i / N."""
    assert np.isclose(ruin_probability(3, 10, 0.5), 0.3)
