OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_double_well', hidden=False, failure_message='Between the two minima of (t**2 - 1)**2 the path crosses the bump of height 1 at t = 0.')
def test_double_well(loss_barrier):
    """Between the two minima of (t**2 - 1)**2 the path crosses the bump of height 1 at t = 0."""
    L = lambda t: float((t[0] ** 2 - 1) ** 2)
    value = loss_barrier(L, np.array([-1.0]), np.array([1.0]), 21)
    assert isinstance(value, float)
    assert np.isclose(value, 1.0)
