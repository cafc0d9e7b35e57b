OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 1

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='I_3: column and row space are R^3, both null spaces are {0}.')
def test_identity(four_subspace_dims):
    """I_3: column and row space are R^3, both null spaces are {0}."""
    d = four_subspace_dims(np.eye(3))
    assert {k: int(v) for k, v in d.items()} == {"col": 3, "row": 3, "null": 0, "left_null": 0}
