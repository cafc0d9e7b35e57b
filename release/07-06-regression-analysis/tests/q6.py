OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 3

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='An array of p positive standard errors.')
def test_shape(robust_se):
    """An array of p positive standard errors."""
    rng = np.random.default_rng(0)
    X = np.column_stack([np.ones(20), rng.normal(size=20)])
    se = np.asarray(robust_se(X, rng.normal(size=20)))
    assert se.shape == (2,) and np.all(se > 0)
