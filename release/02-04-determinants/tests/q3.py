OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 1

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='A tuple of four numbers; for A = I (d = 1, n = 2) and c = 1 it is (1, 1, 1, 1).')
def test_identity(det_rules):
    """A tuple of four numbers; for A = I (d = 1, n = 2) and c = 1 it is (1, 1, 1, 1)."""
    out = det_rules(1.0, 2, 1.0)
    assert len(out) == 4
    assert np.allclose(out, [1.0, 1.0, 1.0, 1.0])
