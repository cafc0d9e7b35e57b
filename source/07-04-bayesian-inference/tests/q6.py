OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 3

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='Returns n_steps samples and an acceptance rate in [0, 1].')
def test_shape(metropolis_hastings):
    """Returns n_steps samples and an acceptance rate in [0, 1]."""
    samples, rate = metropolis_hastings(lambda x: -0.5 * x**2, 0.0, 100, 1.0, 0)
    assert np.shape(samples) == (100,) and 0.0 <= rate <= 1.0
