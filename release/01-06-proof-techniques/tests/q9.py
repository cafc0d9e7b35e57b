OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np
def reference(scores, values):
    p = np.exp(scores - scores.max())
    return (p / p.sum()) @ values


@test_case(name='test_shape_and_uniform_scores', hidden=False, failure_message='Equal scores average the values; the output has shape (d,).')
def test_shape_and_uniform_scores(blockwise_attention):
    """Equal scores average the values; the output has shape (d,)."""
    values = np.arange(8.0).reshape(4, 2)
    out = blockwise_attention(np.zeros(4), values, 2)
    assert np.shape(out) == (2,)
    assert np.allclose(out, values.mean(axis=0))
