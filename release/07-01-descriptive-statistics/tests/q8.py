OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
from scipy import stats


@test_case(name='test_perfect_line', hidden=False, failure_message='y = 3x - 2 has both correlations equal to 1.')
def test_perfect_line(correlations):
    """y = 3x - 2 has both correlations equal to 1."""
    x = np.array([1.0, 2.0, 4.0, 7.0])
    r, rho = correlations(x, 3 * x - 2)
    assert np.isclose(r, 1.0) and np.isclose(rho, 1.0)
