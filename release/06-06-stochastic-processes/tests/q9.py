OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_constant_gradient', hidden=False, failure_message='For a constant gradient the corrected estimate equals that gradient at every step.')
def test_constant_gradient(adam_first_moment):
    """For a constant gradient the corrected estimate equals that gradient at every step."""
    g = np.tile([2.0, -1.0], (5, 1))
    out = np.asarray(adam_first_moment(g, 0.9))
    assert out.shape == (5, 2) and np.allclose(out, g)
