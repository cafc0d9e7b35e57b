OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_one_dimensional', hidden=False, failure_message='For f = t**2 at t = 1 with rho = 0.5 the perturbed point is 1.5 and the gradient there is 3.')
def test_one_dimensional(sam_gradient):
    """For f = t**2 at t = 1 with rho = 0.5 the perturbed point is 1.5 and the gradient there is 3."""
    out = sam_gradient(lambda t: 2 * t, np.array([1.0]), 0.5)
    assert np.shape(out) == (1,)
    assert np.allclose(out, [3.0])
