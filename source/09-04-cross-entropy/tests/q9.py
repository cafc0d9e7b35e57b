OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_two_point_case', hidden=False, failure_message='Returns (T, nll); labels with frequencies 3/4, 1/4 and logits (log 3, 0): the optimum is T = 1, nll = H(3/4, 1/4).')
def test_two_point_case(fit_temperature):
    """Returns (T, nll); labels with frequencies 3/4, 1/4 and logits (log 3, 0): the optimum is T = 1, nll = H(3/4, 1/4)."""
    z = np.array([[np.log(3.0), 0.0], [np.log(3.0), 0.0], [np.log(3.0), 0.0], [np.log(3.0), 0.0]])
    y = np.array([0, 0, 0, 1])
    T, value = fit_temperature(z, y)
    assert isinstance(T, float) and T > 0
    assert np.isclose(T, 1.0, rtol=1e-3)
    assert np.isclose(value, -(0.75 * np.log(0.75) + 0.25 * np.log(0.25)))
