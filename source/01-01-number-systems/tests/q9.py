OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_shape_and_position_zero', hidden=False, failure_message='Same shape as the input; position 0 is the identity.')
def test_shape_and_position_zero(rope_rotate):
    """Same shape as the input; position 0 is the identity."""
    x = np.arange(8.0)
    out = rope_rotate(x, 0)
    assert np.shape(out) == (8,)
    assert np.allclose(out, x)
