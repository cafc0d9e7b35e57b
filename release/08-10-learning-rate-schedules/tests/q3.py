OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_peak', hidden=False, failure_message='The rate reaches lr_max exactly at t = warmup.')
def test_peak(warmup_cosine_lr):
    """The rate reaches lr_max exactly at t = warmup."""
    assert np.isclose(warmup_cosine_lr(10, 10, 110, 1.0, 0.1), 1.0)
