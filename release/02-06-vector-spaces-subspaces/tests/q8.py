OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_one_axis', hidden=False, failure_message='Erasing the first coordinate axis zeroes the first column; shape (N, d).')
def test_one_axis(erase_directions):
    """Erasing the first coordinate axis zeroes the first column; shape (N, d)."""
    X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    out = erase_directions(X, np.array([[1.0, 0.0, 0.0]]))
    assert np.shape(out) == (2, 3)
    assert np.allclose(out, [[0.0, 2.0, 3.0], [0.0, 5.0, 6.0]])
