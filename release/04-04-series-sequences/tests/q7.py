OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message='Errors 1e-1, 1e-2, 1e-4, 1e-8 square at every step: order 2.')
def test_quadratic(convergence_order):
    """Errors 1e-1, 1e-2, 1e-4, 1e-8 square at every step: order 2."""
    assert np.isclose(convergence_order(np.array([1e-1, 1e-2, 1e-4, 1e-8])), 2.0)
