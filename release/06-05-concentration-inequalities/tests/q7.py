OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_three_blocks', hidden=False, failure_message='Blocks [1, 2], [3, 10], [0, 2] have means 1.5, 6.5, 1.0, whose median is 1.5.')
def test_three_blocks(median_of_means):
    """Blocks [1, 2], [3, 10], [0, 2] have means 1.5, 6.5, 1.0, whose median is 1.5."""
    value = median_of_means(np.array([1.0, 2.0, 3.0, 10.0, 0.0, 2.0]), 3)
    assert isinstance(value, float) and np.isclose(value, 1.5)
