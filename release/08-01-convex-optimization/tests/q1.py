OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='x^T I x = ||x||^2 is convex; -I gives a concave function. The answer is a Python bool.')
def test_identity(is_convex_quadratic):
    """x^T I x = ||x||^2 is convex; -I gives a concave function. The answer is a Python bool."""
    out = is_convex_quadratic(np.eye(3))
    assert isinstance(out, bool) and out
    assert is_convex_quadratic(-np.eye(2)) is False
