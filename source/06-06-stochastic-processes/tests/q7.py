OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_shape_and_start', hidden=False, failure_message='Shape (n_paths, n_steps + 1), starting at 0.')
def test_shape_and_start(brownian_paths):
    """Shape (n_paths, n_steps + 1), starting at 0."""
    W = np.asarray(brownian_paths(1.0, 50, 3, 0))
    assert W.shape == (3, 51) and np.allclose(W[:, 0], 0.0)
