OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message="For f(x) = x**2 at x = 3: f' = 6 and f'' = 2.")
def test_quadratic(fd_derivatives):
    """For f(x) = x**2 at x = 3: f' = 6 and f'' = 2."""
    d1, d2 = fd_derivatives(lambda t: t**2, 3.0, 1e-3)
    assert np.isclose(d1, 6.0) and np.isclose(d2, 2.0)
