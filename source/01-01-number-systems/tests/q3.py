OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 1

import numpy as np
import sympy as sp


@test_case(name='test_one', hidden=False, failure_message='1.0 = +2**0 * 1.0, so its fields are (0, 127, 0) as Python ints.')
def test_one(float_bits):
    """1.0 = +2**0 * 1.0, so its fields are (0, 127, 0) as Python ints."""
    fields = float_bits(1.0)
    assert tuple(fields) == (0, 127, 0)
    assert all(type(v) is int for v in fields)
