OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_types_and_range', hidden=False, failure_message='Returns two floats in [0, 1].')
def test_types_and_range(tail_frequency):
    """Returns two floats in [0, 1]."""
    frequency, bound = tail_frequency(10, 0.1, 200, 0)
    assert isinstance(frequency, float) and isinstance(bound, float)
    assert 0.0 <= frequency <= 1.0 and 0.0 <= bound <= 1.0
