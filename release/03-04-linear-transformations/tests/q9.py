OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_x_axis', hidden=False, failure_message='Reflecting across the x-axis (0 degrees) flips the sign of y.')
def test_x_axis(reflection_matrix):
    """Reflecting across the x-axis (0 degrees) flips the sign of y."""
    H = reflection_matrix(0.0)
    assert np.shape(H) == (2, 2) and np.allclose(H, [[1.0, 0.0], [0.0, -1.0]])
