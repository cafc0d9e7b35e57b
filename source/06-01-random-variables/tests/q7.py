OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_shape_and_range', hidden=False, failure_message='An integer array of shape (n,) with entries in 0..V-1.')
def test_shape_and_range(sample_tokens):
    """An integer array of shape (n,) with entries in 0..V-1."""
    t = np.asarray(sample_tokens(np.array([0.0, 1.0, 2.0]), 1.0, 100, 0))
    assert t.shape == (100,) and np.issubdtype(t.dtype, np.integer)
    assert t.min() >= 0 and t.max() <= 2
