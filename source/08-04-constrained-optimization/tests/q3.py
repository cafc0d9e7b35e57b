OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 3

import numpy as np


@test_case(name='test_already_in_simplex', hidden=False, failure_message='A probability vector is its own projection.')
def test_already_in_simplex(sparsemax):
    """A probability vector is its own projection."""
    p = np.array([0.2, 0.5, 0.3])
    out = sparsemax(p)
    assert np.shape(out) == (3,) and np.allclose(out, p)
