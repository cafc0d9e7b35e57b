OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 3

import numpy as np


@test_case(name='test_float_near_level', hidden=False, failure_message='A float near the nominal level for n = 20.')
def test_float_near_level(slope_ci_coverage):
    """A float near the nominal level for n = 20."""
    c = slope_ci_coverage(20, 2000, 0.95, 0)
    assert isinstance(c, float) and 0.93 < c < 0.97
