OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_noiseless', hidden=False, failure_message='Without noise the step is -lr * sign(mu), whatever the size of mu.')
def test_noiseless(rmsprop_mean_step):
    """Without noise the step is -lr * sign(mu), whatever the size of mu."""
    assert np.isclose(rmsprop_mean_step(5.0, 0.0, 0.01), -0.01)
    assert np.isclose(rmsprop_mean_step(-0.001, 0.0, 0.01), 0.01)
