OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_simple_case', hidden=False, failure_message='rho = 0.9, d0 = 1, eps = 0.5: 0.9^6 = 0.53 is too big, 0.9^7 = 0.48 is enough, so t = 7 (a Python int).')
def test_simple_case(steps_needed):
    """rho = 0.9, d0 = 1, eps = 0.5: 0.9^6 = 0.53 is too big, 0.9^7 = 0.48 is enough, so t = 7 (a Python int)."""
    t = steps_needed(0.1, 1.0, 1.0, 0.5)
    assert t == 7 and isinstance(t, int)
