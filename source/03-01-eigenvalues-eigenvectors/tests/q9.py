OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_two_states', hidden=False, failure_message='For P = [[0.9, 0.1], [0.5, 0.5]] the chain spends 5/6 of its time in state 0.')
def test_two_states(stationary_distribution):
    """For P = [[0.9, 0.1], [0.5, 0.5]] the chain spends 5/6 of its time in state 0."""
    pi = stationary_distribution(np.array([[0.9, 0.1], [0.5, 0.5]]))
    assert np.shape(pi) == (2,)
    assert np.allclose(pi, [5 / 6, 1 / 6])
