OK_FORMAT = False

from otter.test_files import test_case

name = "q11"
points = 2

import numpy as np


@test_case(name='test_rank_one_identity', hidden=False, failure_message='det(I + u u^T) = 1 + |u|^2: for u = (1, 1, 1) that is log 4.')
def test_rank_one_identity(logdet_diag_lowrank):
    """det(I + u u^T) = 1 + |u|^2: for u = (1, 1, 1) that is log 4."""
    value = logdet_diag_lowrank(np.ones(3), np.ones((3, 1)))
    assert isinstance(value, float) and np.isclose(value, np.log(4.0))
