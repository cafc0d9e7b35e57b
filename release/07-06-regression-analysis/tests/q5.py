OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 3

import numpy as np


@test_case(name='test_uncorrelated', hidden=False, failure_message='Centred, mutually orthogonal columns have VIF exactly 1.')
def test_uncorrelated(vif):
    """Centred, mutually orthogonal columns have VIF exactly 1."""
    F = np.array([[1.0, 1.0], [1.0, -1.0], [-1.0, 1.0], [-1.0, -1.0]])
    v = np.asarray(vif(F))
    assert v.shape == (2,) and np.allclose(v, 1.0)
