OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_squared_norm', hidden=False, failure_message='For f = ||x||^2 and the points 0 and 2 in R^1 with equal weights the gap is (0 + 4)/2 - 1 = 1.')
def test_squared_norm(jensen_gap):
    """For f = ||x||^2 and the points 0 and 2 in R^1 with equal weights the gap is (0 + 4)/2 - 1 = 1."""
    out = jensen_gap(lambda v: float(np.sum(v ** 2)), np.array([[0.0], [2.0]]), np.array([0.5, 0.5]))
    assert isinstance(out, float) and np.isclose(out, 1.0)
