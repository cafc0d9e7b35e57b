OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
def is_half_life(k, factor):
    """k steps reach half, k - 1 steps do not."""
    return factor**k <= 0.5 < factor ** (k - 1)


@test_case(name='test_big_decay', hidden=False, failure_message='lr * wd = 0.3: 0.7**2 = 0.49 <= 0.5 < 0.7, so k = 2 (an int).')
def test_big_decay(decay_half_life):
    """lr * wd = 0.3: 0.7**2 = 0.49 <= 0.5 < 0.7, so k = 2 (an int)."""
    k = decay_half_life(0.5, 0.6)
    assert isinstance(k, int) and k == 2
