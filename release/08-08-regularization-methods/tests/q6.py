OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_no_dropout', hidden=False, failure_message='p = 0 keeps everything unchanged, with the shape of h.')
def test_no_dropout(inverted_dropout):
    """p = 0 keeps everything unchanged, with the shape of h."""
    h = np.arange(6.0).reshape(2, 3)
    out = inverted_dropout(h, 0.0, 0)
    assert np.shape(out) == (2, 3) and np.allclose(out, h)
