OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='A diagonal matrix needs no swaps: (6.0, 0) for diag(1, 2, 3).')
def test_diagonal(det_elimination):
    """A diagonal matrix needs no swaps: (6.0, 0) for diag(1, 2, 3)."""
    det, swaps = det_elimination(np.diag([1.0, 2.0, 3.0]))
    assert isinstance(det, float) and swaps == 0
    assert np.isclose(det, 6.0)
