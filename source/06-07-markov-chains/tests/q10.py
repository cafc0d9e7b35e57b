OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_cycle_is_uniform', hidden=False, failure_message='On a directed cycle every page is equally important.')
def test_cycle_is_uniform(pagerank):
    """On a directed cycle every page is equally important."""
    A = np.roll(np.eye(4), 1, axis=1)
    r = np.asarray(pagerank(A, 0.85, 1e-12))
    assert r.shape == (4,) and np.allclose(r, 0.25)
