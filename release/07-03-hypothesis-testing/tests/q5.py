OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_classic', hidden=False, failure_message='A float; effect 0.5 sigma with n = 32 at alpha = 0.05 has power just above 0.8.')
def test_classic(z_test_power):
    """A float; effect 0.5 sigma with n = 32 at alpha = 0.05 has power just above 0.8."""
    pw = z_test_power(0.5, 1.0, 32, 0.05)
    assert isinstance(pw, float)
    assert 0.8 <= pw < 0.82
