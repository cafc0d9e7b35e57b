OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_zero_directions', hidden=False, failure_message='With D = 0 only the mean is removed.')
def test_zero_directions(remove_top_directions):
    """With D = 0 only the mean is removed."""
    E = np.random.default_rng(0).standard_normal((10, 4)) + 2.0
    out = remove_top_directions(E, 0)
    assert np.shape(out) == (10, 4) and np.allclose(out, E - E.mean(axis=0))
