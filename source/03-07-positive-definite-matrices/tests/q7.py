OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='Returns an (n, d) array.')
def test_shape(sample_mvn):
    """Returns an (n, d) array."""
    X = np.asarray(sample_mvn(np.zeros(3), np.eye(3), 5, 0))
    assert X.shape == (5, 3)
