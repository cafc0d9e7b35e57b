OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='(b, h, n, e) = (2, 3, 4, 5) merges to (2, 4, 15).')
def test_shape(merge_heads):
    """(b, h, n, e) = (2, 3, 4, 5) merges to (2, 4, 15)."""
    assert np.shape(merge_heads(np.zeros((2, 3, 4, 5)))) == (2, 4, 15)
