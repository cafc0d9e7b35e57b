OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_quadratic_one_step', hidden=False, failure_message='On f = x^T A x / 2 - b^T x one step from anywhere reaches A^{-1} b = (1, 1).')
def test_quadratic_one_step(newton_minimize):
    """On f = x^T A x / 2 - b^T x one step from anywhere reaches A^{-1} b = (1, 1)."""
    x = newton_minimize(lambda u: np.array([[2.0, 1.0], [1.0, 3.0]]) @ u - np.array([3.0, 4.0]),
                        lambda u: np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([10.0, -7.0]), 1)
    assert np.shape(x) == (2,)
    assert np.allclose(x, [1.0, 1.0])
