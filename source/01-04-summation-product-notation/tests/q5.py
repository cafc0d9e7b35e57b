OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shape_and_first_row', hidden=False, failure_message="The output has the input's shape (T, d), and y_1 = x_1.")
def test_shape_and_first_row(causal_means):
    """The output has the input's shape (T, d), and y_1 = x_1."""
    x = np.arange(12.0).reshape(4, 3)
    y = np.asarray(causal_means(x))
    assert y.shape == (4, 3)
    assert np.allclose(y[0], x[0])
