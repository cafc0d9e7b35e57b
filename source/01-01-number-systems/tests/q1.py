OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np
import sympy as sp


@test_case(name='test_returns_float_for_float64', hidden=False, failure_message='machine_epsilon(np.float64) should be the Python float 2**-52.')
def test_returns_float_for_float64(machine_epsilon):
    """machine_epsilon(np.float64) should be the Python float 2**-52."""
    value = machine_epsilon(np.float64)
    assert isinstance(value, float)
    assert value == 2.0 ** -52
