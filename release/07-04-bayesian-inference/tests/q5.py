OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 3

import numpy as np


@test_case(name='test_small', hidden=False, failure_message='Samples 0, 1, 2, 3, 10 at level 0.8: four samples are needed and [0, 3] is the shortest window.')
def test_small(hpd_interval):
    """Samples 0, 1, 2, 3, 10 at level 0.8: four samples are needed and [0, 3] is the shortest window."""
    lo, hi = hpd_interval(np.array([3.0, 10.0, 0.0, 2.0, 1.0]), 0.8)
    assert (lo, hi) == (0.0, 3.0)
