OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_standard_normal_at_mean', hidden=False, failure_message='At the mean of N(0, I_2) the log-density is -log(2 pi); the output has one value per row.')
def test_standard_normal_at_mean(gaussian_logpdf):
    """At the mean of N(0, I_2) the log-density is -log(2 pi); the output has one value per row."""
    out = np.asarray(gaussian_logpdf(np.zeros((1, 2)), np.zeros(2), np.eye(2)))
    assert out.shape == (1,)
    assert np.allclose(out, [-np.log(2 * np.pi)])
