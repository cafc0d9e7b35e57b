OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_standard_normal', hidden=False, failure_message='A = I, b = 0: the standard normal log-density, -d/2 log(2 pi) at the origin.')
def test_standard_normal(affine_flow_log_density):
    """A = I, b = 0: the standard normal log-density, -d/2 log(2 pi) at the origin."""
    out = affine_flow_log_density(np.zeros((1, 2)), np.eye(2), np.zeros(2))
    assert np.shape(out) == (1,)
    assert np.allclose(out, [-np.log(2 * np.pi)])
