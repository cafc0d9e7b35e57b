OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_same_distribution', hidden=False, failure_message='Returns a float; identical Gaussians have KL 0.')
def test_same_distribution(kl_mvn):
    """Returns a float; identical Gaussians have KL 0."""
    S = np.array([[2.0, 0.3], [0.3, 1.0]])
    value = kl_mvn(np.zeros(2), S, np.zeros(2), S)
    assert isinstance(value, float) and np.isclose(value, 0.0)
