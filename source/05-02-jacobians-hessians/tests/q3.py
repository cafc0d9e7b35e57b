OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_uniform', hidden=False, failure_message='For two equal logits p = (1/2, 1/2) and J = [[1/4, -1/4], [-1/4, 1/4]].')
def test_uniform(softmax_jacobian):
    """For two equal logits p = (1/2, 1/2) and J = [[1/4, -1/4], [-1/4, 1/4]]."""
    J = softmax_jacobian(np.array([0.0, 0.0]))
    assert np.shape(J) == (2, 2)
    assert np.allclose(J, [[0.25, -0.25], [-0.25, 0.25]])
