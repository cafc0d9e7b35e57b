OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_square_linear', hidden=False, failure_message='The Jacobian of x -> A x is A.')
def test_square_linear(numerical_jacobian):
    """The Jacobian of x -> A x is A."""
    J = numerical_jacobian(lambda v: np.array([[2.0, 1.0], [0.0, 3.0]]) @ v, np.array([1.0, 1.0]))
    assert np.shape(J) == (2, 2)
    assert np.allclose(J, [[2.0, 1.0], [0.0, 3.0]], atol=1e-8)
