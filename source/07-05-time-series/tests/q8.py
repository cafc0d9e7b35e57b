OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_simple', hidden=False, failure_message='Training series 1, 2, 3, 4 changes by 1 per step; a test error of 0.5 everywhere gives MASE 0.5.')
def test_simple(mase):
    """Training series 1, 2, 3, 4 changes by 1 per step; a test error of 0.5 everywhere gives MASE 0.5."""
    value = mase(np.array([1.0, 2.0, 3.0, 4.0]), np.array([5.0, 6.0]), np.array([5.5, 5.5]))
    assert isinstance(value, float) and np.isclose(value, 0.5)
