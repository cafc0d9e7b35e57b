OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_classic', hidden=False, failure_message='Effect 0.5 sigma at alpha = 0.05: 32 observations are needed for 80% power.')
def test_classic(z_test_sample_size):
    """Effect 0.5 sigma at alpha = 0.05: 32 observations are needed for 80% power."""
    n = z_test_sample_size(0.5, 1.0, 0.05, 0.8)
    assert isinstance(n, int) and n == 32
