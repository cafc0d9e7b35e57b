OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_constant_sequence', hidden=False, failure_message='A constant sequence is reproduced exactly from the first step on: that is what the correction is for.')
def test_constant_sequence(bias_corrected_ema):
    """A constant sequence is reproduced exactly from the first step on: that is what the correction is for."""
    out = bias_corrected_ema(np.full(5, 3.0), 0.9)
    assert np.shape(out) == (5,)
    assert np.allclose(out, 3.0)
