OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_returns_float_and_reproducible', hidden=False, failure_message='Returns a float, and the same seed gives the same value.')
def test_returns_float_and_reproducible(plugin_bias):
    """Returns a float, and the same seed gives the same value."""
    p = np.array([0.5, 0.5])
    a = plugin_bias(p, 10, 50, 0)
    assert isinstance(a, float)
    assert a == plugin_bias(p, 10, 50, 0)
