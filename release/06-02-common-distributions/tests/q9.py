OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='z has shape (n, d) and log_q has shape (n,).')
def test_shapes(reparam_sample):
    """z has shape (n, d) and log_q has shape (n,)."""
    z, log_q = reparam_sample(np.zeros(3), np.zeros(3), 5, 0)
    assert np.shape(z) == (5, 3) and np.shape(log_q) == (5,)
