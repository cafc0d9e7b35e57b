OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shape', hidden=False, failure_message='A float array of length n.')
def test_shape(simulate_ar1):
    """A float array of length n."""
    x = np.asarray(simulate_ar1(0.5, 1.0, 20, 0))
    assert x.shape == (20,)
