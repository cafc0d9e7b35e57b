OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_two_states', hidden=False, failure_message='For [[1-a, a], [b, 1-b]] with a = 0.1, b = 0.3 the answer is (b, a) / (a + b) = (0.75, 0.25).')
def test_two_states(stationary_distribution):
    """For [[1-a, a], [b, 1-b]] with a = 0.1, b = 0.3 the answer is (b, a) / (a + b) = (0.75, 0.25)."""
    out = np.asarray(stationary_distribution(np.array([[0.9, 0.1], [0.3, 0.7]])))
    assert out.shape == (2,) and np.allclose(out, [0.75, 0.25])
