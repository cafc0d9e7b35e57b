OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_shape_and_mean', hidden=False, failure_message="The output has the input's shape and its columns have mean 0.")
def test_shape_and_mean(zca_whiten):
    """The output has the input's shape and its columns have mean 0."""
    X = np.random.default_rng(10).standard_normal((20, 3)) + 4.0
    Z = np.asarray(zca_whiten(X))
    assert Z.shape == (20, 3)
    assert np.allclose(Z.mean(axis=0), 0.0)
