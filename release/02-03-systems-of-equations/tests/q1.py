OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_two_by_two', hidden=False, failure_message='2 x1 + x2 = 5, 4 x2 = 8 gives x = (1.5, 2).')
def test_two_by_two(back_substitution):
    """2 x1 + x2 = 5, 4 x2 = 8 gives x = (1.5, 2)."""
    x = back_substitution(np.array([[2.0, 1.0], [0.0, 4.0]]), np.array([5.0, 8.0]))
    assert np.shape(x) == (2,) and np.allclose(x, [1.5, 2.0])
