OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_copy', hidden=False, failure_message='Returns a float; y = x with two equally frequent labels gives 1 bit.')
def test_copy(mi_from_samples):
    """Returns a float; y = x with two equally frequent labels gives 1 bit."""
    value = mi_from_samples(np.array([0, 1, 0, 1]), np.array([0, 1, 0, 1]))
    assert isinstance(value, float) and np.isclose(value, 1.0)
