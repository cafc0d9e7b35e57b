OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_coin', hidden=False, failure_message='Returns a float; one head and one tail from a fair coin has probability 2 * 1/4 = 1/2.')
def test_coin(multinomial_logpmf):
    """Returns a float; one head and one tail from a fair coin has probability 2 * 1/4 = 1/2."""
    value = multinomial_logpmf(np.array([1, 1]), np.array([0.5, 0.5]))
    assert isinstance(value, float)
    assert np.isclose(value, np.log(0.5))
