OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_returns_int', hidden=False, failure_message='Returns an int; a chain whose rows already equal pi mixes in one step.')
def test_returns_int(mixing_time):
    """Returns an int; a chain whose rows already equal pi mixes in one step."""
    P = np.array([[0.3, 0.7], [0.3, 0.7]])
    value = mixing_time(P, 0.01)
    assert isinstance(value, int) and value == 1
