OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_two_equal_logits', hidden=False, failure_message='For z = [0, 0], p = [1/2, 1/2] and the Hessian is [[1/4, -1/4], [-1/4, 1/4]].')
def test_two_equal_logits(lse_hessian):
    """For z = [0, 0], p = [1/2, 1/2] and the Hessian is [[1/4, -1/4], [-1/4, 1/4]]."""
    H = lse_hessian(np.array([0.0, 0.0]))
    assert np.shape(H) == (2, 2)
    assert np.allclose(H, [[0.25, -0.25], [-0.25, 0.25]])
