OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_two_equal_logits', hidden=False, failure_message='Two equal logits: [[1/4, -1/4], [-1/4, 1/4]].')
def test_two_equal_logits(categorical_fisher):
    """Two equal logits: [[1/4, -1/4], [-1/4, 1/4]]."""
    F = np.asarray(categorical_fisher(np.zeros(2)))
    assert F.shape == (2, 2) and np.allclose(F, [[0.25, -0.25], [-0.25, 0.25]])
