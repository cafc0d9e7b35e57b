OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 3

import numpy as np


@test_case(name='test_correct_gradient', hidden=False, failure_message='A correct gradient of sum(x^2) gives a tiny relative error.')
def test_correct_gradient(gradient_check):
    """A correct gradient of sum(x^2) gives a tiny relative error."""
    out = gradient_check(lambda v: float(np.sum(v ** 2)), lambda v: 2 * v, np.array([1.0, -2.0, 0.5]))
    assert isinstance(out, float) and out < 1e-8
