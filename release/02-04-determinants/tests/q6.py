OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_unit_square_in_3d', hidden=False, failure_message='Returns a float; e1 and e2 in R^3 span a unit square.')
def test_unit_square_in_3d(parallelotope_volume):
    """Returns a float; e1 and e2 in R^3 span a unit square."""
    vol = parallelotope_volume(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))
    assert isinstance(vol, float) and np.isclose(vol, 1.0)
