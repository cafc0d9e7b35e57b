OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
def uniform_cdf(t):
    return np.clip(t, 0.0, 1.0)


@test_case(name='test_simple', hidden=False, failure_message='Returns a float; samples [0.25, 0.75] against Uniform(0, 1) are at distance 0.25.')
def test_simple(ks_distance):
    """Returns a float; samples [0.25, 0.75] against Uniform(0, 1) are at distance 0.25."""
    d = ks_distance(np.array([0.75, 0.25]), uniform_cdf)
    assert isinstance(d, float)
    assert np.isclose(d, 0.25)
