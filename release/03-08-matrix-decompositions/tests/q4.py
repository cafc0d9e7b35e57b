OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='diag(2, -3) has determinant -6.')
def test_diagonal(slogdet_lu):
    """diag(2, -3) has determinant -6."""
    sign, logabs = slogdet_lu(np.diag([2.0, -3.0]))
    assert np.isclose(sign, -1.0) and np.isclose(logabs, np.log(6.0))
