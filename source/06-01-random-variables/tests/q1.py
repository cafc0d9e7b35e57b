OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np
def as_float_dict(d):
    """Keys and values as Python floats, so that 4, 4.0 and np.int64(4) compare equal."""
    return {float(k): float(v) for k, v in dict(d).items()}


@test_case(name='test_identity', hidden=False, failure_message='With g(x) = x the PMF is unchanged: a dict {value: probability}.')
def test_identity(pushforward_pmf):
    """With g(x) = x the PMF is unchanged: a dict {value: probability}."""
    out = pushforward_pmf(np.array([1, 2, 3]), np.array([0.2, 0.3, 0.5]), lambda x: x)
    assert isinstance(out, dict)
    d = as_float_dict(out)
    assert set(d) == {1.0, 2.0, 3.0}
    assert np.allclose([d[1.0], d[2.0], d[3.0]], [0.2, 0.3, 0.5])
