OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 3

import numpy as np


@test_case(name='test_single_look', hidden=False, failure_message='One look at n = 50: a float close to alpha.')
def test_single_look(peeking_false_positive_rate):
    """One look at n = 50: a float close to alpha."""
    r = peeking_false_positive_rate([50], 4000, 0.05, 0)
    assert isinstance(r, float)
    assert 0.03 < r < 0.07
