OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='mean_centre keeps the shape of its input.')
def test_shape(mean_centre):
    """mean_centre keeps the shape of its input."""
    assert np.shape(mean_centre(np.ones((3, 2)))) == (3, 2)


@test_case(name='test_columns_have_zero_mean', hidden=True, failure_message='Every column of the result has mean 0 (centre along axis 0, not axis 1).')
def test_columns_have_zero_mean(mean_centre):
    """Every column of the result has mean 0 (centre along axis 0, not axis 1)."""
    x = np.arange(6.0).reshape(3, 2) ** 2
    assert np.allclose(mean_centre(x).mean(axis=0), 0.0)
    assert np.allclose(mean_centre(x)[0], [-20 / 3, -32 / 3])
