OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_matrix_and_shift', hidden=False, failure_message='x -> M x is linear (True); x -> M x + 1 is not (False).')
def test_matrix_and_shift(is_linear):
    """x -> M x is linear (True); x -> M x + 1 is not (False)."""
    M = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert is_linear(lambda x: M @ x, 2) == True
    assert is_linear(lambda x: M @ x + 1.0, 2) == False
