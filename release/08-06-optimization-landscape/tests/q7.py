OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For f = (5 x**2 + y**2)/2 the sharpness is 5; the result is a float.')
def test_diagonal(sharpness):
    """For f = (5 x**2 + y**2)/2 the sharpness is 5; the result is a float."""
    value = sharpness(lambda t: np.array([5.0 * t[0], t[1]]), np.zeros(2), 60, 0)
    assert isinstance(value, float)
    assert np.isclose(value, 5.0, rtol=1e-6)
