OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_simple_cases', hidden=False, failure_message='diag(2, 3) is a minimum and diag(1, -1) is a saddle.')
def test_simple_cases(classify_critical_point):
    """diag(2, 3) is a minimum and diag(1, -1) is a saddle."""
    assert classify_critical_point(np.diag([2.0, 3.0])) == "minimum"
    assert classify_critical_point(np.diag([1.0, -1.0])) == "saddle"
