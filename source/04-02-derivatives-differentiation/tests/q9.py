OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_unit_interval', hidden=False, failure_message='On [0, 1]: e^c = e - 1, so c = log(e - 1).')
def test_unit_interval(mvt_point):
    """On [0, 1]: e^c = e - 1, so c = log(e - 1)."""
    assert np.isclose(mvt_point(0.0, 1.0), np.log(np.e - 1))
