OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 3

import numpy as np


@test_case(name='test_ar1_case', hidden=False, failure_message='For p = 1 the coefficient is the lag-1 sample autocorrelation; phi has shape (1,).')
def test_ar1_case(yule_walker):
    """For p = 1 the coefficient is the lag-1 sample autocorrelation; phi has shape (1,)."""
    x = np.array([1.0, 3.0, 2.0, 4.0, 3.0, 5.0])
    phi, s2 = yule_walker(x, 1)
    d = x - x.mean()
    assert np.shape(phi) == (1,)
    assert np.isclose(phi[0], (d[:-1] @ d[1:]) / (d @ d))
