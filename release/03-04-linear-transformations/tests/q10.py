OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_translation', hidden=False, failure_message='Moving every point by (1, 2) is W = I, b = (1, 2).')
def test_translation(affine_from_points):
    """Moving every point by (1, 2) is W = I, b = (1, 2)."""
    P = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    W, b = affine_from_points(P, P + np.array([1.0, 2.0]))
    assert np.shape(W) == (2, 2) and np.shape(b) == (2,)
    assert np.allclose(W, np.eye(2)) and np.allclose(b, [1.0, 2.0])
