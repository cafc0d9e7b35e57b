OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_no_smoothing', hidden=False, failure_message='eps = 0 is plain cross-entropy: softmax(z) - e_y.')
def test_no_smoothing(smoothed_ce_grad):
    """eps = 0 is plain cross-entropy: softmax(z) - e_y."""
    g = smoothed_ce_grad(np.zeros(4), 1, 0.0)
    assert np.shape(g) == (4,)
    assert np.allclose(g, [0.25, -0.75, 0.25, 0.25])
