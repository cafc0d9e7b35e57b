OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_coordinate_planes', hidden=False, failure_message='The xy-plane and the yz-plane in R^3 meet in the y-axis.')
def test_coordinate_planes(intersection_dim):
    """The xy-plane and the yz-plane in R^3 meet in the y-axis."""
    U = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    W = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    assert intersection_dim(U, W) == 1
