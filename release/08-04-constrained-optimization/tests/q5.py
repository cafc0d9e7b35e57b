OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_box_active', hidden=False, failure_message='Minimising (x - 2)^2 over x <= 1 stops at the boundary x = 1.')
def test_box_active(projected_gd):
    """Minimising (x - 2)^2 over x <= 1 stops at the boundary x = 1."""
    out = projected_gd(lambda x: 2 * (x - 2), lambda x: np.minimum(x, 1.0), np.array([0.0]), 0.1, 100)
    assert np.allclose(out, [1.0])
