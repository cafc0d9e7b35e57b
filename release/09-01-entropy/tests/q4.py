OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_perfect_split', hidden=False, failure_message='Returns a float; a split that separates two balanced classes perfectly gains 1 bit.')
def test_perfect_split(information_gain):
    """Returns a float; a split that separates two balanced classes perfectly gains 1 bit."""
    value = information_gain(np.array([0, 0, 1, 1]), np.array([True, True, False, False]))
    assert isinstance(value, float)
    assert np.isclose(value, 1.0)
