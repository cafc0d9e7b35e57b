OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_zero_networks', hidden=False, failure_message='With s = t = 0 the inverse is the identity too, shape (d,).')
def test_zero_networks(coupling_inverse):
    """With s = t = 0 the inverse is the identity too, shape (d,)."""
    y = np.array([1.0, 2.0, 3.0, 4.0])
    x = coupling_inverse(y, lambda h: np.zeros(2), lambda h: np.zeros(2))
    assert np.shape(x) == (4,) and np.allclose(x, y)
