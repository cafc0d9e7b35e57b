OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_parabola', hidden=False, failure_message='A single pair of subintervals already integrates x**2 on [0, 3] exactly: 9.')
def test_parabola(simpson):
    """A single pair of subintervals already integrates x**2 on [0, 3] exactly: 9."""
    value = simpson(lambda t: t**2, 0.0, 3.0, 2)
    assert isinstance(value, float) and np.isclose(value, 9.0)
