OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np


@test_case(name='test_small', hidden=False, failure_message='Returns (observed difference, p-value) with 0 < p <= 1.')
def test_small(permutation_test):
    """Returns (observed difference, p-value) with 0 < p <= 1."""
    diff, p = permutation_test(np.array([1.0, 2.0, 3.0]), np.array([0.0, 0.5]), 50, 0)
    assert np.isclose(diff, 1.75)
    assert 0 < p <= 1
