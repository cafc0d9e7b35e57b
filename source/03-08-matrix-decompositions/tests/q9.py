OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_orthogonal', hidden=False, failure_message='The result is an (n, n) orthogonal matrix.')
def test_orthogonal(orthogonal_init):
    """The result is an (n, n) orthogonal matrix."""
    Q = np.asarray(orthogonal_init(4, 0))
    assert Q.shape == (4, 4)
    assert np.allclose(Q.T @ Q, np.eye(4))
