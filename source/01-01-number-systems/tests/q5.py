OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_type_and_small_sum', hidden=False, failure_message='Returns an np.float32; the sum of [1, 2, 3.5] is 6.5.')
def test_type_and_small_sum(kahan_sum):
    """Returns an np.float32; the sum of [1, 2, 3.5] is 6.5."""
    s = kahan_sum(np.array([1.0, 2.0, 3.5], dtype=np.float32))
    assert isinstance(s, np.float32)
    assert s == np.float32(6.5)
