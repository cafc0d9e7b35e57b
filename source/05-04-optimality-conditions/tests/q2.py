OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_definite', hidden=False, failure_message='diag(1, 2) is a minimum, -diag(1, 2) a maximum.')
def test_definite(classify_hessian):
    """diag(1, 2) is a minimum, -diag(1, 2) a maximum."""
    assert classify_hessian(np.diag([1.0, 2.0])) == "min"
    assert classify_hessian(-np.diag([1.0, 2.0])) == "max"
