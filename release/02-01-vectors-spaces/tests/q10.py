OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_shape_and_range', hidden=False, failure_message='An array of shape (n_pairs,) with values in [-1, 1]; the same seed gives the same output.')
def test_shape_and_range(random_cosines):
    """An array of shape (n_pairs,) with values in [-1, 1]; the same seed gives the same output."""
    c = np.asarray(random_cosines(5, 100, 0))
    assert c.shape == (100,)
    assert np.all(np.abs(c) <= 1 + 1e-12)
    assert np.allclose(c, random_cosines(5, 100, 0))
