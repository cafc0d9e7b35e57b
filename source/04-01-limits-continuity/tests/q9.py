OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='A single identity layer has Lipschitz constant 1.')
def test_identity(lipschitz_upper_bound):
    """A single identity layer has Lipschitz constant 1."""
    assert np.isclose(lipschitz_upper_bound([np.eye(3)], 1.0), 1.0)
