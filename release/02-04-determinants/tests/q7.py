OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_standard_normal_1d', hidden=False, failure_message='For N(0, 1) in one dimension the log-density at 0 is -log(2 pi)/2; the output has shape (N,).')
def test_standard_normal_1d(mvn_logpdf):
    """For N(0, 1) in one dimension the log-density at 0 is -log(2 pi)/2; the output has shape (N,)."""
    out = mvn_logpdf(np.array([[0.0], [1.0]]), np.array([0.0]), np.array([[1.0]]))
    assert np.shape(out) == (2,)
    assert np.allclose(out, [-0.5 * np.log(2 * np.pi), -0.5 - 0.5 * np.log(2 * np.pi)])
