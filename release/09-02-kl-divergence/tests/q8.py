OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_same_models', hidden=False, failure_message='Returns a float; identical models give 0.')
def test_same_models(sequence_kl):
    """Returns a float; identical models give 0."""
    p1 = np.array([0.3, 0.7])
    P = np.array([[0.9, 0.1], [0.2, 0.8]])
    value = sequence_kl(p1, P, p1, P)
    assert isinstance(value, float) and np.isclose(value, 0.0)
