OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_first_step_is_gd', hidden=False, failure_message='With v_0 = 0 the first step is a plain gradient step.')
def test_first_step_is_gd(heavy_ball):
    """With v_0 = 0 the first step is a plain gradient step."""
    out = heavy_ball(lambda x: 2 * x, np.array([1.0, -1.0]), 0.1, 0.9, 1)
    assert np.allclose(out, [0.8, -0.8])
