OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_perfect_recogniser', hidden=False, failure_message='Returns a float; if x reveals c and Q is exact, the bound equals H(C) = log 2.')
def test_perfect_recogniser(variational_mi_bound):
    """Returns a float; if x reveals c and Q is exact, the bound equals H(C) = log 2."""
    pcx = np.array([[0.5, 0.0], [0.0, 0.5]])
    value = variational_mi_bound(pcx, np.eye(2))
    assert isinstance(value, float) and np.isclose(value, np.log(2.0))
