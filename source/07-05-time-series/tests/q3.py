OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 3

import numpy as np


@test_case(name='test_shape_and_recursion', hidden=False, failure_message='Length n, and every step follows x_t = c + phi x_{t-1} + sigma e_t with the seeded e.')
def test_shape_and_recursion(simulate_ar1):
    """Length n, and every step follows x_t = c + phi x_{t-1} + sigma e_t with the seeded e."""
    x = np.asarray(simulate_ar1(1.0, 0.5, 2.0, 10, 0))
    e = np.random.default_rng(0).standard_normal(10)
    assert x.shape == (10,)
    assert np.allclose(x[1:], 1.0 + 0.5 * x[:-1] + 2.0 * e[1:])
