OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_parabola', hidden=False, failure_message='f = x^2 at x = 1: t = 1 overshoots to x = -1 (no decrease), t = 1/2 lands on the minimum.')
def test_parabola(backtracking):
    """f = x^2 at x = 1: t = 1 overshoots to x = -1 (no decrease), t = 1/2 lands on the minimum."""
    f = lambda v: float(v @ v)
    g = lambda v: 2 * v
    out = backtracking(f, g, np.array([1.0]))
    assert isinstance(out, float) and np.isclose(out, 0.5)
