OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 3

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='One step of AR(1) with c = 1, phi = 0.5 from last value 4 gives 3; the output has length h.')
def test_one_step(ar_forecast):
    """One step of AR(1) with c = 1, phi = 0.5 from last value 4 gives 3; the output has length h."""
    f = np.asarray(ar_forecast(np.array([0.0, 4.0]), 1.0, np.array([0.5]), 1))
    assert f.shape == (1,) and np.isclose(f[0], 3.0)
