OK_FORMAT = False

from otter.test_files import test_case

name = "q11"
points = 2

import numpy as np


@test_case(name='test_identical_rows', hidden=False, failure_message='Returns a float; identical rows are fully collapsed: residual 0.')
def test_identical_rows(collapse_residual):
    """Returns a float; identical rows are fully collapsed: residual 0."""
    value = collapse_residual(np.tile([1.0, -2.0, 3.0], (4, 1)))
    assert isinstance(value, float) and np.isclose(value, 0.0)
