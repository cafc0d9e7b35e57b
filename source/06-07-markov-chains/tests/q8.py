OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_uniform_target', hidden=False, failure_message='Equal weights: every proposal is accepted, so each neighbour gets 1/2.')
def test_uniform_target(metropolis_ring):
    """Equal weights: every proposal is accepted, so each neighbour gets 1/2."""
    P = np.asarray(metropolis_ring(np.ones(4)))
    expected = 0.5 * (np.roll(np.eye(4), 1, axis=1) + np.roll(np.eye(4), -1, axis=1))
    assert P.shape == (4, 4) and np.allclose(P, expected)
