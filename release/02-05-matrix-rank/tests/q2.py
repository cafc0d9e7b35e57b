OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='Every column of the identity is a pivot column: [0, 1, 2].')
def test_identity(pivot_columns):
    """Every column of the identity is a pivot column: [0, 1, 2]."""
    assert list(pivot_columns(np.eye(3))) == [0, 1, 2]
