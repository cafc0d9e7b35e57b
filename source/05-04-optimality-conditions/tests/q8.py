OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_satisfied', hidden=False, failure_message='min x^2 + y^2 s.t. 1 - x <= 0 at (1, 0) with mu = 2: all four conditions hold.')
def test_satisfied(check_kkt):
    """min x^2 + y^2 s.t. 1 - x <= 0 at (1, 0) with mu = 2: all four conditions hold."""
    out = check_kkt(np.array([2.0, 0.0]), np.array([[-1.0, 0.0]]), np.array([0.0]), np.array([2.0]))
    assert out == {"stationarity": True, "primal": True, "dual": True, "complementary": True}
