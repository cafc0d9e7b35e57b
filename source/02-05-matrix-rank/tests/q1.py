OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_identity_and_zero', hidden=False, failure_message='Returns an int: rank I_3 = 3 and the 2x3 zero matrix has rank 0.')
def test_identity_and_zero(rank_by_elimination):
    """Returns an int: rank I_3 = 3 and the 2x3 zero matrix has rank 0."""
    r = rank_by_elimination(np.eye(3))
    assert isinstance(r, int) and r == 3
    assert rank_by_elimination(np.zeros((2, 3))) == 0
