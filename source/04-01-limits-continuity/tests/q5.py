OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_at_zero', hidden=False, failure_message='At a = 0 the condition is x**2 < eps, so delta = sqrt(eps); the result is a float.')
def test_at_zero(largest_delta):
    """At a = 0 the condition is x**2 < eps, so delta = sqrt(eps); the result is a float."""
    value = largest_delta(0.0, 0.25)
    assert isinstance(value, float)
    assert np.isclose(value, 0.5)
