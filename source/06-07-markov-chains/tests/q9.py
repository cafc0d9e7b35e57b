OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='Returns (samples, acceptance_rate): an array of length n_samples and a number in [0, 1].')
def test_shapes(metropolis_hastings):
    """Returns (samples, acceptance_rate): an array of length n_samples and a number in [0, 1]."""
    samples, rate = metropolis_hastings(lambda x: -0.5 * x * x, 0.0, 20, 1.0, 0)
    assert np.asarray(samples).shape == (20,) and 0.0 <= rate <= 1.0
