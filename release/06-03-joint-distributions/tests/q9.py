OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_identity_flow', hidden=False, failure_message='Shape (n,); with A = I and b = 0 it is the standard normal log-density.')
def test_identity_flow(linear_flow_logpdf):
    """Shape (n,); with A = I and b = 0 it is the standard normal log-density."""
    X = np.array([[0.0, 0.0], [1.0, -1.0]])
    out = np.asarray(linear_flow_logpdf(X, np.eye(2), np.zeros(2)))
    assert out.shape == (2,)
    assert np.allclose(out, [-np.log(2 * np.pi), -np.log(2 * np.pi) - 1.0])
