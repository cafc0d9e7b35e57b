OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 1

import numpy as np


@test_case(name='test_fair_coin', hidden=False, failure_message='A fair coin has entropy log 2 nats.')
def test_fair_coin(entropy):
    """A fair coin has entropy log 2 nats."""
    assert np.isclose(entropy(np.array([0.5, 0.5])), np.log(2.0))
