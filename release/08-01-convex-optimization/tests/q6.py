OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_halving', hidden=False, failure_message='With mu/L = 1/2 the gap halves every step: 4 steps reach 1/16 <= 0.07 but 3 do not.')
def test_halving(iterations_needed):
    """With mu/L = 1/2 the gap halves every step: 4 steps reach 1/16 <= 0.07 but 3 do not."""
    k = iterations_needed(2.0, 1.0, 0.07)
    assert isinstance(k, int) and k == 4
