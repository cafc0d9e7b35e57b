OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 3

import numpy as np


@test_case(name='test_uncorrected', hidden=False, failure_message='Without correction the EMA starts biased toward 0: the first value is (1 - beta) x_1.')
def test_uncorrected(ema):
    """Without correction the EMA starts biased toward 0: the first value is (1 - beta) x_1."""
    m = np.asarray(ema(np.array([10.0, 10.0, 10.0]), 0.9, False))
    assert m.shape == (3,)
    assert np.allclose(m, [1.0, 1.9, 2.71])
