OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_constant_upstream', hidden=False, failure_message='If dP is the same in every entry of a row, dZ is 0: the probabilities always sum to 1.')
def test_constant_upstream(softmax_backward):
    """If dP is the same in every entry of a row, dZ is 0: the probabilities always sum to 1."""
    P = np.array([[0.2, 0.3, 0.5]])
    dZ = softmax_backward(np.full((1, 3), 7.0), P)
    assert np.shape(dZ) == (1, 3)
    assert np.allclose(dZ, 0.0)
