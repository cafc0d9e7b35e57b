OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_outside_unit_ball', hidden=False, failure_message='[3, 4] onto the unit ball at the origin is [0.6, 0.8].')
def test_outside_unit_ball(project_ball):
    """[3, 4] onto the unit ball at the origin is [0.6, 0.8]."""
    out = project_ball(np.array([3.0, 4.0]), np.zeros(2), 1.0)
    assert np.shape(out) == (2,) and np.allclose(out, [0.6, 0.8])
