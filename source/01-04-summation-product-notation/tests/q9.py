OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_two_zeros', hidden=False, failure_message='log(e**0 + e**0) = log 2.')
def test_two_zeros(logsumexp):
    """log(e**0 + e**0) = log 2."""
    assert np.isclose(logsumexp(np.array([0.0, 0.0])), np.log(2.0))
