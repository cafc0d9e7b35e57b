OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message='[1, 0, -3] is x**2 - 3: at x = 2 the value is 1 and the derivative is 4.')
def test_quadratic(horner_with_derivative):
    """[1, 0, -3] is x**2 - 3: at x = 2 the value is 1 and the derivative is 4."""
    value, deriv = horner_with_derivative([1.0, 0.0, -3.0], 2.0)
    assert np.isclose(value, 1.0) and np.isclose(deriv, 4.0)
