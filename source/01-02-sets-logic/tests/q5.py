OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shape_and_no_padding', hidden=False, failure_message='Without padding the mask is the lower triangle (diagonal included), with shape (B, T, T).')
def test_shape_and_no_padding(attention_mask):
    """Without padding the mask is the lower triangle (diagonal included), with shape (B, T, T)."""
    out = np.asarray(attention_mask(np.ones((2, 4), dtype=bool)))
    assert out.shape == (2, 4, 4) and out.dtype == bool
    assert np.array_equal(out[0], np.tril(np.ones((4, 4), dtype=bool)))
