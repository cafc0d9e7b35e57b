OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_first_cycle', hidden=False, failure_message='The first cycle is a plain cosine of length T0: lr_max at 0, the midpoint at T0 / 2.')
def test_first_cycle(sgdr_lr):
    """The first cycle is a plain cosine of length T0: lr_max at 0, the midpoint at T0 / 2."""
    assert np.isclose(sgdr_lr(0, 10, 2, 1.0, 0.0), 1.0)
    assert np.isclose(sgdr_lr(5, 10, 2, 1.0, 0.0), 0.5)
