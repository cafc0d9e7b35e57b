OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_simple', hidden=False, failure_message='Three floats; estimates [1, 2, 3] of theta = 2 are unbiased with variance 2/3.')
def test_simple(mse_decomposition):
    """Three floats; estimates [1, 2, 3] of theta = 2 are unbiased with variance 2/3."""
    out = mse_decomposition(np.array([1.0, 2.0, 3.0]), 2.0)
    assert len(out) == 3
    assert np.allclose(out, [0.0, 2.0 / 3.0, 2.0 / 3.0])
