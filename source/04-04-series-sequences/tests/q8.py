OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_small_x', hidden=False, failure_message='At x = 1: k = 1, r = 1 - log 2, and the value is e.')
def test_small_x(exp_reduced):
    """At x = 1: k = 1, r = 1 - log 2, and the value is e."""
    k, r, value = exp_reduced(1.0)
    assert k == 1 and np.isclose(r, 1 - np.log(2)) and np.isclose(value, np.e)
