OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 3

import numpy as np


@test_case(name='test_no_memory', hidden=False, failure_message='Without stored pairs L-BFGS is a plain gradient step: -g.')
def test_no_memory(lbfgs_direction):
    """Without stored pairs L-BFGS is a plain gradient step: -g."""
    assert np.allclose(lbfgs_direction(np.array([1.0, -2.0]), [], []), [-1.0, 2.0])
