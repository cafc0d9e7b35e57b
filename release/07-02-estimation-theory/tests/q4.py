OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_small', hidden=False, failure_message='Three numbers; for x = [1, 2, 3] the MLE is 3.')
def test_small(uniform_estimators):
    """Three numbers; for x = [1, 2, 3] the MLE is 3."""
    out = uniform_estimators(np.array([1.0, 2.0, 3.0]))
    assert len(out) == 3 and np.isclose(out[0], 3.0)
