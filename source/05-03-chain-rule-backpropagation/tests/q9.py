OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='T = 1, w = 0.5, u = 1, x = 0, h0 = 0: h1 = 0 and l = y^2/2, so dw = du = 0 and dh0 = (0 - y) * 1 * w.')
def test_one_step(bptt):
    """T = 1, w = 0.5, u = 1, x = 0, h0 = 0: h1 = 0 and l = y^2/2, so dw = du = 0 and dh0 = (0 - y) * 1 * w."""
    dw, du, dh0 = bptt(0.5, 1.0, [0.0], 0.0, 2.0)
    assert np.allclose([dw, du, dh0], [0.0, 0.0, -1.0])
