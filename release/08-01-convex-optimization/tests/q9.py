OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_at_the_minimiser', hidden=False, failure_message='At the minimiser the gradient vanishes and the bound equals f* itself: here x* = [1, 1], f* = -1.5.')
def test_at_the_minimiser(optimality_lower_bound):
    """At the minimiser the gradient vanishes and the bound equals f* itself: here x* = [1, 1], f* = -1.5."""
    A = np.diag([1.0, 2.0])
    b = np.array([1.0, 2.0])
    out = optimality_lower_bound(A, b, np.array([1.0, 1.0]))
    assert isinstance(out, float) and np.isclose(out, -1.5)
