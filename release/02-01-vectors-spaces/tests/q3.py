OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_axes', hidden=False, failure_message='The unit axes e1, e2 against e1 give [[1], [0]], shape (m, n) = (2, 1).')
def test_axes(cosine_similarity_matrix):
    """The unit axes e1, e2 against e1 give [[1], [0]], shape (m, n) = (2, 1)."""
    S = cosine_similarity_matrix(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[1.0, 0.0]]))
    assert np.shape(S) == (2, 1)
    assert np.allclose(S, [[1.0], [0.0]])
