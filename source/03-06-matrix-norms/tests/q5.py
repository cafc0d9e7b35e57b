OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For diag(5, 3, 1) and k = 1 the errors are 3 (spectral) and sqrt(10) (Frobenius).')
def test_diagonal(rank_k_errors):
    """For diag(5, 3, 1) and k = 1 the errors are 3 (spectral) and sqrt(10) (Frobenius)."""
    e2, ef = rank_k_errors(np.diag([5.0, 3.0, 1.0]), 1)
    assert np.isclose(e2, 3.0) and np.isclose(ef, np.sqrt(10.0))
