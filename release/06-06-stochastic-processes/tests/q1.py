OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_shape_and_start', hidden=False, failure_message='Shape (n_paths, n_steps + 1), every path starts at 0 and moves by +-1.')
def test_shape_and_start(random_walk_paths):
    """Shape (n_paths, n_steps + 1), every path starts at 0 and moves by +-1."""
    S = np.asarray(random_walk_paths(10, 4, 0.5, 0))
    assert S.shape == (4, 11)
    assert np.all(S[:, 0] == 0)
    assert np.all(np.abs(np.diff(S, axis=1)) == 1)
