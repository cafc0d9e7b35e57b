OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np


@test_case(name='test_fair_coin', hidden=False, failure_message='Returns a float; a fair coin has entropy log 2 nats.')
def test_fair_coin(entropy):
    """Returns a float; a fair coin has entropy log 2 nats."""
    value = entropy(np.array([0.5, 0.5]))
    assert isinstance(value, float)
    assert np.isclose(value, np.log(2.0))
