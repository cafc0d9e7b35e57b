OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 3

import numpy as np


@test_case(name='test_one_dimension', hidden=False, failure_message='One weight, x = [1, 1], y = [1, 1], sigma2 = tau2 = 1: posterior N(2/3, 1/3); predictive at x = 1 has variance 4/3.')
def test_one_dimension(bayes_linear_regression):
    """One weight, x = [1, 1], y = [1, 1], sigma2 = tau2 = 1: posterior N(2/3, 1/3); predictive at x = 1 has variance 4/3."""
    m, S, pm, pv = bayes_linear_regression(np.array([[1.0], [1.0]]), np.array([1.0, 1.0]), 1.0, 1.0, np.array([[1.0]]))
    assert np.allclose(m, [2 / 3]) and np.allclose(S, [[1 / 3]])
    assert np.allclose(pm, [2 / 3]) and np.allclose(pv, [4 / 3])
