OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_exact_line', hidden=False, failure_message='Points on y = 2x + 1 give w = [2] and c = 1 (a float).')
def test_exact_line(fit_linear_regression):
    """Points on y = 2x + 1 give w = [2] and c = 1 (a float)."""
    w, c = fit_linear_regression(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0]))
    assert np.shape(w) == (1,) and isinstance(c, float)
    assert np.allclose(w, [2.0]) and np.isclose(c, 1.0)
