OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_zero_steps', hidden=False, failure_message='With steps=0 the result is just G divided by its Frobenius norm.')
def test_zero_steps(newton_schulz):
    """With steps=0 the result is just G divided by its Frobenius norm."""
    G = np.array([[3.0, 0.0], [0.0, 4.0]])
    assert np.allclose(newton_schulz(G, 0), G / 5.0)
