OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_standardises_a_vector', hidden=False, failure_message='With gamma = 1, beta = 0, eps = 0 the output has mean 0 and population variance 1.')
def test_standardises_a_vector(layer_norm):
    """With gamma = 1, beta = 0, eps = 0 the output has mean 0 and population variance 1."""
    y = np.asarray(layer_norm(np.array([1.0, 2.0, 3.0, 6.0]), np.ones(4), np.zeros(4), 0.0))
    assert y.shape == (4,)
    assert np.isclose(y.mean(), 0.0) and np.isclose(y.var(), 1.0)
