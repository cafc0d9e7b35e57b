OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='Returns a float; n equal singular values give effective rank n: erank(I_4) = 4.')
def test_identity(effective_rank):
    """Returns a float; n equal singular values give effective rank n: erank(I_4) = 4."""
    value = effective_rank(np.eye(4))
    assert isinstance(value, float) and np.isclose(value, 4.0)
