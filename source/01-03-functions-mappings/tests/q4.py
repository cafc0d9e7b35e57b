OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_swap_is_its_own_inverse', hidden=False, failure_message='A transposition undoes itself: the inverse of [1, 0, 2] is [1, 0, 2].')
def test_swap_is_its_own_inverse(inverse_permutation):
    """A transposition undoes itself: the inverse of [1, 0, 2] is [1, 0, 2]."""
    assert np.array_equal(inverse_permutation(np.array([1, 0, 2])), [1, 0, 2])
