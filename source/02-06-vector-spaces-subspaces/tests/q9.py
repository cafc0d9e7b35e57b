OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_axis_aligned', hidden=False, failure_message='A layer that reads only the first coordinate of R^3: shapes (3,), and the parts add up to x.')
def test_axis_aligned(split_input):
    """A layer that reads only the first coordinate of R^3: shapes (3,), and the parts add up to x."""
    W = np.array([[2.0, 1.0], [0.0, 0.0], [0.0, 0.0]])
    seen, invisible = split_input(W, np.array([1.0, 2.0, 3.0]))
    assert np.shape(seen) == (3,) and np.shape(invisible) == (3,)
    assert np.allclose(seen, [1.0, 0.0, 0.0]) and np.allclose(invisible, [0.0, 2.0, 3.0])
