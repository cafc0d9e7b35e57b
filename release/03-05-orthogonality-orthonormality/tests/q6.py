OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_plane_in_r3', hidden=False, failure_message='The complement of the xy-plane in R^3 is the z-axis: a (3, 1) array equal to +-e_3.')
def test_plane_in_r3(complement_basis):
    """The complement of the xy-plane in R^3 is the z-axis: a (3, 1) array equal to +-e_3."""
    N = np.asarray(complement_basis(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])))
    assert N.shape == (3, 1)
    assert np.allclose(np.abs(N[:, 0]), [0.0, 0.0, 1.0])
