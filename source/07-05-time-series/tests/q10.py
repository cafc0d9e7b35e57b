OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 3

import numpy as np


@test_case(name='test_scalar', hidden=False, failure_message='N = 1 with A = 0.5, B = 2, C = 3: the kernel is 6, 3, 1.5, 0.75.')
def test_scalar(ssm_kernel):
    """N = 1 with A = 0.5, B = 2, C = 3: the kernel is 6, 3, 1.5, 0.75."""
    K = np.asarray(ssm_kernel(np.array([[0.5]]), np.array([2.0]), np.array([3.0]), 4))
    assert K.shape == (4,)
    assert np.allclose(K, [6.0, 3.0, 1.5, 0.75])
