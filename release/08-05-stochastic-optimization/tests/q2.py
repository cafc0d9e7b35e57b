OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 3

import numpy as np


@test_case(name='test_full_batch', hidden=False, failure_message='B = N uses every example: the mini-batch mean is exact, variance 0.')
def test_full_batch(minibatch_variance):
    """B = N uses every example: the mini-batch mean is exact, variance 0."""
    G = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 1.0]])
    out = minibatch_variance(G, 3)
    assert isinstance(out, float) and np.isclose(out, 0.0)
