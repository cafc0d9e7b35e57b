OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_identical', hidden=False, failure_message='The KL divergence of a distribution from itself is 0.')
def test_identical(kl_gaussians):
    """The KL divergence of a distribution from itself is 0."""
    assert np.isclose(kl_gaussians(1.5, 0.7, 1.5, 0.7), 0.0)
