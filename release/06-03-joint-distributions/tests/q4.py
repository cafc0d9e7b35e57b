OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_standard_at_origin', hidden=False, failure_message='Shape (n,); N(0, I_2) at the origin has log-density -log(2 pi).')
def test_standard_at_origin(mvn_logpdf):
    """Shape (n,); N(0, I_2) at the origin has log-density -log(2 pi)."""
    out = np.asarray(mvn_logpdf(np.zeros((3, 2)), np.zeros(2), np.eye(2)))
    assert out.shape == (3,)
    assert np.allclose(out, -np.log(2 * np.pi))
