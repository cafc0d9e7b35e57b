OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_quadratic', hidden=False, failure_message='For f = x^T A x / 2 with symmetric A the gradient is A x and H v = A v.')
def test_quadratic(hessian_vector_product):
    """For f = x^T A x / 2 with symmetric A the gradient is A x and H v = A v."""
    Hv = hessian_vector_product(lambda u: np.array([[2.0, 1.0], [1.0, 3.0]]) @ u, np.array([0.5, -1.0]), np.array([1.0, 0.0]))
    assert np.shape(Hv) == (2,)
    assert np.allclose(Hv, [2.0, 1.0])
