OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_constant_function', hidden=False, failure_message='A constant 3 on [1, 5] integrates to 12 with zero standard error.')
def test_constant_function(mc_integrate):
    """A constant 3 on [1, 5] integrates to 12 with zero standard error."""
    estimate, stderr = mc_integrate(lambda t: np.full_like(t, 3.0), 1.0, 5.0, 100, 0)
    assert np.isclose(estimate, 12.0) and np.isclose(stderr, 0.0)
