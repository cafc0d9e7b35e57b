OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np
def satisfies(n, q, c):
    """n trials reach confidence c, n - 1 do not."""
    return 1 - (1 - q) ** n >= c > 1 - (1 - q) ** (n - 1)


@test_case(name='test_coin', hidden=False, failure_message='q = 0.5, confidence 0.9: 1 - 0.5**4 = 0.9375 >= 0.9 > 0.875, so 4 trials (an int).')
def test_coin(trials_needed):
    """q = 0.5, confidence 0.9: 1 - 0.5**4 = 0.9375 >= 0.9 > 0.875, so 4 trials (an int)."""
    n = trials_needed(0.5, 0.9)
    assert isinstance(n, int) and n == 4
