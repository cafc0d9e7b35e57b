OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_identity_second_channel', hidden=False, failure_message='If W2 is the identity, Z = Y and both numbers agree (here log 2 for a noiseless bit).')
def test_identity_second_channel(dpi_pair):
    """If W2 is the identity, Z = Y and both numbers agree (here log 2 for a noiseless bit)."""
    out = dpi_pair(np.array([0.5, 0.5]), np.eye(2), np.eye(2))
    assert len(out) == 2 and np.allclose(out, [np.log(2.0), np.log(2.0)])
