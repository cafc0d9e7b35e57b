OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np


@test_case(name='test_square_case', hidden=False, failure_message='grid_sum returns a float, and grid_sum(3, 3) is 3**2 / 2 = 4.5.')
def test_square_case(grid_sum):
    """grid_sum returns a float, and grid_sum(3, 3) is 3**2 / 2 = 4.5."""
    value = grid_sum(3, 3)
    assert isinstance(value, float)
    assert np.isclose(value, 4.5)
