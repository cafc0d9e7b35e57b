OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np


@test_case(name='test_intercept_only', hidden=False, failure_message='An intercept-only model fits the base rate: 3 ones in 4 labels gives w = log 3.')
def test_intercept_only(logistic_newton):
    """An intercept-only model fits the base rate: 3 ones in 4 labels gives w = log 3."""
    w = np.asarray(logistic_newton(np.ones((4, 1)), np.array([1, 1, 1, 0])))
    assert w.shape == (1,) and np.isclose(w[0], np.log(3.0))
