OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_length_and_start', hidden=False, failure_message='Length n_steps + 1, starting at x0, with states in range.')
def test_length_and_start(sample_chain):
    """Length n_steps + 1, starting at x0, with states in range."""
    P = np.array([[0.5, 0.5], [0.2, 0.8]])
    path = np.asarray(sample_chain(P, 1, 10, 0))
    assert path.shape == (11,) and path[0] == 1 and set(path.tolist()) <= {0, 1}
