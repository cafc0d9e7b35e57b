OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='I x = b always has exactly one solution.')
def test_identity(solution_type):
    """I x = b always has exactly one solution."""
    assert solution_type(np.eye(2), np.array([1.0, 2.0])) == "unique"
