OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_simple_minimum', hidden=False, failure_message='The Hessian of x^2 + y^2, 2*I, is a minimum.')
def test_simple_minimum(classify_critical_point):
    """The Hessian of x^2 + y^2, 2*I, is a minimum."""
    assert classify_critical_point(2.0 * np.eye(2)) == "minimum"
