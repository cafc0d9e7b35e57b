OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_axis_aligned', hidden=False, failure_message='Data spread along y more than x: the first component is (0, 1) with variance 4.')
def test_axis_aligned(pca_components):
    """Data spread along y more than x: the first component is (0, 1) with variance 4."""
    X = np.array([[0.0, 2.0], [0.0, -2.0], [1.0, 0.0], [-1.0, 0.0]])
    C, var = pca_components(X, 2)
    assert np.shape(C) == (2, 2) and np.shape(var) == (2,)
    assert np.allclose(C, [[0.0, 1.0], [1.0, 0.0]]) and np.allclose(var, [8 / 3, 2 / 3])
