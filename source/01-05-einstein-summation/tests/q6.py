OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_shapes_and_simple_case', hidden=False, failure_message='With W = I and one pair, s is the dot product x.y; s has shape (B,) and G shape (m, n).')
def test_shapes_and_simple_case(bilinear_batch):
    """With W = I and one pair, s is the dot product x.y; s has shape (B,) and G shape (m, n)."""
    s, G = bilinear_batch(np.array([[1.0, 2.0]]), np.eye(2), np.array([[3.0, 4.0]]))
    assert np.shape(s) == (1,) and np.shape(G) == (2, 2)
    assert np.isclose(s[0], 11.0)
