OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_small_head', hidden=False, failure_message='d = 4, base = 100: frequencies 1 and 100**(-1/2) = 0.1.')
def test_small_head(rope_inv_freq):
    """d = 4, base = 100: frequencies 1 and 100**(-1/2) = 0.1."""
    assert np.allclose(rope_inv_freq(4, 100.0), [1.0, 0.1])
