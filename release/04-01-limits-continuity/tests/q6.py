OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_cube_root', hidden=False, failure_message='The root of x**3 - 2 on [0, 2] is 2**(1/3), found to within tol.')
def test_cube_root(bisect):
    """The root of x**3 - 2 on [0, 2] is 2**(1/3), found to within tol."""
    r = bisect(lambda t: t**3 - 2, 0.0, 2.0, 1e-10)
    assert abs(r - 2 ** (1 / 3)) <= 1e-10
