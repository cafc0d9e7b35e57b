OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 3

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='One step ahead the interval is the point forecast +- z * sigma: here 3 +- 1.96 * 2 at 95%.')
def test_one_step(ar1_prediction_interval):
    """One step ahead the interval is the point forecast +- z * sigma: here 3 +- 1.96 * 2 at 95%."""
    lo, hi = ar1_prediction_interval(4.0, 1.0, 0.5, 4.0, 1, 0.95)
    assert np.shape(lo) == (1,) and np.shape(hi) == (1,)
    assert np.isclose(lo[0], 3.0 - 1.959964 * 2.0, atol=1e-5) and np.isclose(hi[0], 3.0 + 1.959964 * 2.0, atol=1e-5)
