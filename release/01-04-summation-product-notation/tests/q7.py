OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_single_token', hidden=False, failure_message='Returns a float; one token with probability 1/2 has log-likelihood log(1/2).')
def test_single_token(sequence_log_likelihood):
    """Returns a float; one token with probability 1/2 has log-likelihood log(1/2)."""
    value = sequence_log_likelihood(np.array([[0.5, 0.5]]), np.array([1]))
    assert isinstance(value, float)
    assert np.isclose(value, np.log(0.5))
