OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_unit_vector', hidden=False, failure_message='Returns a unit vector of length d.')
def test_unit_vector(correlation_pc1):
    """Returns a unit vector of length d."""
    X = np.random.default_rng(0).standard_normal((30, 3))
    v = correlation_pc1(X)
    assert np.shape(v) == (3,) and np.isclose(np.linalg.norm(v), 1.0)
