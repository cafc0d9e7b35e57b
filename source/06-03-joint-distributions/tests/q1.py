OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='Four arrays of shapes (m,), (k,), (m, k), (m, k).')
def test_shapes(marginals_conditionals):
    """Four arrays of shapes (m,), (k,), (m, k), (m, k)."""
    px, py, ygx, xgy = marginals_conditionals(np.full((2, 3), 1 / 6))
    assert np.shape(px) == (2,) and np.shape(py) == (3,)
    assert np.shape(ygx) == (2, 3) and np.shape(xgy) == (2, 3)
