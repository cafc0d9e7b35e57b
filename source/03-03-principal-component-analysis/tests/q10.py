OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_axis_data', hidden=False, failure_message='Data spread along x: angle 0 with the x-axis and 90 with the y-axis.')
def test_axis_data(pc1_angle):
    """Data spread along x: angle 0 with the x-axis and 90 with the y-axis."""
    X = np.array([[-2.0, 0.1], [-1.0, -0.1], [1.0, -0.1], [2.0, 0.1]])
    assert np.isclose(pc1_angle(X, np.array([1.0, 0.0])), 0.0, atol=1e-6)
    assert np.isclose(pc1_angle(X, np.array([0.0, 1.0])), 90.0)
