OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_two_vectors', hidden=False, failure_message='For rows [1, 0] and [1, 1] the result is 2x2 with ones on the diagonal and 1/sqrt(2) off it.')
def test_two_vectors(cosine_similarity_matrix):
    """For rows [1, 0] and [1, 1] the result is 2x2 with ones on the diagonal and 1/sqrt(2) off it."""
    S = np.asarray(cosine_similarity_matrix(np.array([[1.0, 0.0], [1.0, 1.0]])))
    assert S.shape == (2, 2)
    assert np.allclose(S, [[1.0, 2 ** -0.5], [2 ** -0.5, 1.0]])
