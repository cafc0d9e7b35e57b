OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 3

import numpy as np


@test_case(name='test_identity_metric', hidden=False, failure_message='F = I, delta = 1/2: the step is the unit vector along g and lam = ||g||.')
def test_identity_metric(trust_region_step):
    """F = I, delta = 1/2: the step is the unit vector along g and lam = ||g||."""
    d, lam = trust_region_step(np.array([3.0, 4.0]), np.eye(2), 0.5)
    assert np.shape(d) == (2,) and np.allclose(d, [0.6, 0.8])
    assert np.isclose(lam, 5.0)
