OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np
def forward(x, W_s, b_s, W_t, b_t):
    d = W_s.shape[1]
    x1, x2 = x[:d], x[d:]
    s = np.tanh(W_s @ x1 + b_s)
    t = W_t @ x1 + b_t
    return np.concatenate([x1, x2 * np.exp(s) + t])


@test_case(name='test_zero_parameters', hidden=False, failure_message='With all parameters zero the layer is the identity, so its inverse is too.')
def test_zero_parameters(coupling_inverse):
    """With all parameters zero the layer is the identity, so its inverse is too."""
    y = np.arange(5.0)
    out = coupling_inverse(y, np.zeros((3, 2)), np.zeros(3), np.zeros((3, 2)), np.zeros(3))
    assert np.shape(out) == (5,) and np.allclose(out, y)
