OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_shape_and_constant_shift', hidden=False, failure_message='An n x n matrix with J @ 1 = 0: adding a constant to x does not change y.')
def test_shape_and_constant_shift(layernorm_jacobian):
    """An n x n matrix with J @ 1 = 0: adding a constant to x does not change y."""
    J = np.asarray(layernorm_jacobian(np.array([1.0, 2.0, 4.0, -1.0])))
    assert J.shape == (4, 4)
    assert np.allclose(J @ np.ones(4), 0.0, atol=1e-10)
