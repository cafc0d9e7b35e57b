OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_position_zero', hidden=False, failure_message='Position 0 is not rotated: the output equals the input, shape (T, d).')
def test_position_zero(rope):
    """Position 0 is not rotated: the output equals the input, shape (T, d)."""
    X = np.arange(8.0).reshape(2, 4)
    out = rope(X, np.array([0, 0]), 10000.0)
    assert np.shape(out) == (2, 4) and np.allclose(out, X)
