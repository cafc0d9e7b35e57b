OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For A = diag(1, 3): mu = 1 and L = 9, returned as two floats.')
def test_diagonal(pl_constants):
    """For A = diag(1, 3): mu = 1 and L = 9, returned as two floats."""
    mu, L = pl_constants(np.diag([1.0, 3.0]))
    assert isinstance(mu, float) and isinstance(L, float)
    assert np.isclose(mu, 1.0) and np.isclose(L, 9.0)
