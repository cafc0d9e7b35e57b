OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_no_dropout', hidden=False, failure_message='Returns two floats; with p = 0 every unit is kept, so every pass gives w @ x and the std is 0.')
def test_no_dropout(mc_dropout):
    """Returns two floats; with p = 0 every unit is kept, so every pass gives w @ x and the std is 0."""
    mean, std = mc_dropout(np.array([1.0, 2.0]), np.array([3.0, -1.0]), 0.0, 10, 0)
    assert isinstance(mean, float) and isinstance(std, float)
    assert np.isclose(mean, 1.0) and np.isclose(std, 0.0)
