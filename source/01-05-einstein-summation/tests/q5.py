OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 1

import numpy as np


@test_case(name='test_shapes_and_one_entry', hidden=False, failure_message='Both tables have shape (3, 3, 3, 3); T[0, 1, 0, 1] = eps_012 * eps_012 = 1.')
def test_shapes_and_one_entry(epsilon_delta_tables):
    """Both tables have shape (3, 3, 3, 3); T[0, 1, 0, 1] = eps_012 * eps_012 = 1."""
    T, D = epsilon_delta_tables()
    assert np.shape(T) == (3, 3, 3, 3) and np.shape(D) == (3, 3, 3, 3)
    assert T[0, 1, 0, 1] == 1
