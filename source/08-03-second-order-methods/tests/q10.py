OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_quadratic_one_step', hidden=False, failure_message='On a quadratic the secant slope is the exact curvature: f = (x - 3)^2 is solved in one step.')
def test_quadratic_one_step(secant_minimize):
    """On a quadratic the secant slope is the exact curvature: f = (x - 3)^2 is solved in one step."""
    xs = secant_minimize(lambda t: 2 * (t - 3), 0.0, 1.0, 1)
    assert isinstance(xs, list) and len(xs) == 3
    assert np.allclose(xs, [0.0, 1.0, 3.0])
