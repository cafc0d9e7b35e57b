OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_invertible', hidden=False, failure_message='An invertible 2x2 matrix has rank 2 and a trivial kernel.')
def test_invertible(rank_nullity):
    """An invertible 2x2 matrix has rank 2 and a trivial kernel."""
    assert tuple(rank_nullity(np.array([[1.0, 2.0], [3.0, 4.0]]))) == (2, 0)
