OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_noiseless', hidden=False, failure_message='Without noise, each step multiplies E[x^2] by (1 - eta * lam)**2: shape K + 1.')
def test_noiseless(expected_sq_error):
    """Without noise, each step multiplies E[x^2] by (1 - eta * lam)**2: shape K + 1."""
    V = expected_sq_error(np.array([0.5, 0.5]), 1.0, 0.0, 4.0)
    assert np.shape(V) == (3,)
    assert np.allclose(V, [4.0, 1.0, 0.25])
