OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_single_flip', hidden=False, failure_message='One success in one flip with a uniform prior: both models predict it with probability 1/2, so log BF = 0.')
def test_single_flip(log_bayes_factor):
    """One success in one flip with a uniform prior: both models predict it with probability 1/2, so log BF = 0."""
    assert np.isclose(log_bayes_factor(1, 1, 1.0, 1.0), 0.0, atol=1e-12)
