OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For a 2x3 matrix with singular values 4 and 1, the estimate approaches 4.')
def test_diagonal(spectral_norm_estimate):
    """For a 2x3 matrix with singular values 4 and 1, the estimate approaches 4."""
    W = np.array([[4.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    est = spectral_norm_estimate(W, np.array([1.0, 1.0, 1.0]), 50)
    assert isinstance(est, float) and np.isclose(est, 4.0)
