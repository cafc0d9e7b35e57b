OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_stretch_along_y', hidden=False, failure_message='diag(1, 3) stretches the y-axis: semi-axes 3 and 1, major axis at 90 degrees.')
def test_stretch_along_y(ellipse_axes):
    """diag(1, 3) stretches the y-axis: semi-axes 3 and 1, major axis at 90 degrees."""
    a, b, angle = ellipse_axes(np.diag([1.0, 3.0]))
    assert np.allclose([a, b, angle], [3.0, 1.0, 90.0])
