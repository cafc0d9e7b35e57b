OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_small', hidden=False, failure_message='x = (2, 3, 4): gradient (12, 8, 6).')
def test_small(product_gradient):
    """x = (2, 3, 4): gradient (12, 8, 6)."""
    g = product_gradient(np.array([2.0, 3.0, 4.0]))
    assert np.shape(g) == (3,)
    assert np.allclose(g, [12.0, 8.0, 6.0])
