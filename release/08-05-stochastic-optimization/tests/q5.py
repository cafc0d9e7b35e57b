OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_equal_sizes', hidden=False, failure_message='Equal token counts: the plain average of the micro-batch gradients.')
def test_equal_sizes(accumulate):
    """Equal token counts: the plain average of the micro-batch gradients."""
    out = accumulate([np.array([1.0, 0.0]), np.array([3.0, 2.0])], [5, 5])
    assert np.shape(out) == (2,) and np.allclose(out, [2.0, 1.0])
