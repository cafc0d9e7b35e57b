OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 1

import numpy as np


@test_case(name='test_moderate_values', hidden=False, failure_message='Same shape as the input; at x = 1 and x = 2 it matches (1 - cos x)/x**2.')
def test_moderate_values(cos_ratio):
    """Same shape as the input; at x = 1 and x = 2 it matches (1 - cos x)/x**2."""
    xs = np.array([1.0, 2.0])
    out = np.asarray(cos_ratio(xs))
    assert out.shape == (2,)
    assert np.allclose(out, (1 - np.cos(xs)) / xs**2, rtol=1e-12)
