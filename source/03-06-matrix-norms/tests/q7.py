OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='For the identity both norms are 1.')
def test_identity(mixed_operator_norms):
    """For the identity both norms are 1."""
    a, b = mixed_operator_norms(np.eye(3))
    assert np.isclose(a, 1.0) and np.isclose(b, 1.0)
