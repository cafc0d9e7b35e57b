OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_one_dimensional_example', hidden=False, failure_message='min (x-2)^2 s.t. x - 1 <= 0 at x = 1, lam = 2: all residuals vanish.')
def test_one_dimensional_example(kkt_residuals):
    """min (x-2)^2 s.t. x - 1 <= 0 at x = 1, lam = 2: all residuals vanish."""
    out = kkt_residuals(np.array([-2.0]), np.array([[1.0]]), np.array([0.0]), np.array([2.0]))
    assert set(out) == {"stationarity", "primal", "dual", "complementary"}
    assert all(isinstance(v, float) for v in out.values())
    assert all(np.isclose(v, 0.0) for v in out.values())
