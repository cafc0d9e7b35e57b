OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_same_line', hidden=False, failure_message='Returns a float; the line of (1, 1, 0) compared with itself gives 1.')
def test_same_line(subspace_similarity):
    """Returns a float; the line of (1, 1, 0) compared with itself gives 1."""
    u = np.array([[1.0], [1.0], [0.0]])
    value = subspace_similarity(u, 3.0 * u)
    assert isinstance(value, float) and np.isclose(value, 1.0)
