OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_one_dimension', hidden=False, failure_message='A single hyperparameter: the value with the smallest loss and that loss.')
def test_one_dimension(grid_search):
    """A single hyperparameter: the value with the smallest loss and that loss."""
    config, loss = grid_search(lambda c: (c["lr"] - 0.01) ** 2, {"lr": [0.001, 0.01, 0.1]})
    assert config == {"lr": 0.01} and np.isclose(loss, 0.0)
