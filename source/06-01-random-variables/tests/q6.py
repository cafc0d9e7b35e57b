OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_shape_and_sign', hidden=False, failure_message='An array of shape (n,) of non-negative numbers; the same seed gives the same draws.')
def test_shape_and_sign(sample_exponential):
    """An array of shape (n,) of non-negative numbers; the same seed gives the same draws."""
    s = np.asarray(sample_exponential(2.0, 50, 0))
    assert s.shape == (50,)
    assert np.all(s >= 0)
    assert np.allclose(s, sample_exponential(2.0, 50, 0))
