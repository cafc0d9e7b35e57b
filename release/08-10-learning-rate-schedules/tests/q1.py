OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np


@test_case(name='test_before_first_milestone', hidden=False, failure_message='Before the first milestone the rate is lr0 (a float).')
def test_before_first_milestone(multistep_lr):
    """Before the first milestone the rate is lr0 (a float)."""
    value = multistep_lr(5, 0.1, [30, 60, 90], 0.1)
    assert isinstance(value, float) and np.isclose(value, 0.1)
