OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import numpy as np
import sympy as sp


@test_case(name='test_small_binary', hidden=False, failure_message='to_base(5, 2) should be [1, 0, 1].')
def test_small_binary(to_base):
    """to_base(5, 2) should be [1, 0, 1]."""
    assert to_base(5, 2) == [1, 0, 1]
