OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_gradient_where_differentiable', hidden=False, failure_message='Away from zero the only subgradient is sign(x): [1, -1] at x = [2, -3].')
def test_gradient_where_differentiable(in_l1_subdifferential):
    """Away from zero the only subgradient is sign(x): [1, -1] at x = [2, -3]."""
    out = in_l1_subdifferential(np.array([2.0, -3.0]), np.array([1.0, -1.0]))
    assert isinstance(out, bool) and out
    assert in_l1_subdifferential(np.array([2.0, -3.0]), np.array([1.0, 1.0])) is False
