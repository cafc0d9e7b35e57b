OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_uniform', hidden=False, failure_message='Uniform sampling of [1, 3] gives the estimate 1 or 3 with mean 2: variance 1.')
def test_uniform(importance_variance):
    """Uniform sampling of [1, 3] gives the estimate 1 or 3 with mean 2: variance 1."""
    out = importance_variance(np.array([1.0, 3.0]), np.array([0.5, 0.5]))
    assert isinstance(out, float) and np.isclose(out, 1.0)
