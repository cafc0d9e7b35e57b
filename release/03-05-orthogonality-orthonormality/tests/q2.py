OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import numpy as np


@test_case(name='test_axis_direction', hidden=False, failure_message='Removing u = e_1 zeroes the first coordinate of every row and keeps the shape.')
def test_axis_direction(remove_direction):
    """Removing u = e_1 zeroes the first coordinate of every row and keeps the shape."""
    H = np.array([[1.0, 2.0], [3.0, -4.0], [5.0, 6.0]])
    out = np.asarray(remove_direction(H, np.array([1.0, 0.0])))
    assert out.shape == (3, 2)
    assert np.allclose(out, [[0.0, 2.0], [0.0, -4.0], [0.0, 6.0]])
