OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_returns_pair', hidden=False, failure_message='Returns two floats, reproducible for a fixed seed.')
def test_returns_pair(mc_fisher_cauchy):
    """Returns two floats, reproducible for a fixed seed."""
    a = mc_fisher_cauchy(0.0, 1000, 0)
    assert len(a) == 2 and all(isinstance(v, float) for v in a)
    assert a == mc_fisher_cauchy(0.0, 1000, 0)
