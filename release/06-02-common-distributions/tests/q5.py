OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_in_range', hidden=False, failure_message='Returns a float in [0, 1].')
def test_in_range(poisson_binomial_tv):
    """Returns a float in [0, 1]."""
    d = poisson_binomial_tv(20, 0.1)
    assert isinstance(d, float) and 0 <= d <= 1
