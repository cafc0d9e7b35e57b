OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_returns_three_floats', hidden=False, failure_message='Three floats; the bound for lam = 1, n = 10 is 1/10.')
def test_returns_three_floats(exponential_mle_experiment):
    """Three floats; the bound for lam = 1, n = 10 is 1/10."""
    out = exponential_mle_experiment(1.0, 10, 100, 0)
    assert len(out) == 3 and all(isinstance(v, float) for v in out)
    assert np.isclose(out[2], 0.1)
