OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_small', hidden=False, failure_message='3 * 5 = 15 = 2*7 + 1, so the inverse of 3 modulo 7 is 5.')
def test_small(mod_inverse):
    """3 * 5 = 15 = 2*7 + 1, so the inverse of 3 modulo 7 is 5."""
    assert mod_inverse(3, 7) == 5
