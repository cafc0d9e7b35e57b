OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_identity_flow', hidden=False, failure_message='W = I, b = 0 leaves the standard normal: log-density -log(2 pi)/2 at 0 in 1-d, shape (N,).')
def test_identity_flow(linear_flow_logpdf):
    """W = I, b = 0 leaves the standard normal: log-density -log(2 pi)/2 at 0 in 1-d, shape (N,)."""
    out = linear_flow_logpdf(np.array([[0.0]]), np.eye(1), np.zeros(1))
    assert np.shape(out) == (1,)
    assert np.allclose(out, [-0.5 * np.log(2 * np.pi)])
