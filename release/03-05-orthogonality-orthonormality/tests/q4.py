OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_two_columns', hidden=False, failure_message='Columns [3, 4, 0] and [1, 0, 0] give q1 = [0.6, 0.8, 0] and q2 = [0.8, -0.6, 0].')
def test_two_columns(gram_schmidt):
    """Columns [3, 4, 0] and [1, 0, 0] give q1 = [0.6, 0.8, 0] and q2 = [0.8, -0.6, 0]."""
    Q = np.asarray(gram_schmidt(np.array([[3.0, 1.0], [4.0, 0.0], [0.0, 0.0]])))
    assert Q.shape == (3, 2)
    assert np.allclose(Q, [[0.6, 0.8], [0.8, -0.6], [0.0, 0.0]])
