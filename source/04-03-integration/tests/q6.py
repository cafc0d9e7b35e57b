OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_at_one', hidden=False, failure_message="For mu = 0, sigma = 1 the density at y = 1 is 1/sqrt(2 pi); the output has the input's shape.")
def test_at_one(lognormal_pdf):
    """For mu = 0, sigma = 1 the density at y = 1 is 1/sqrt(2 pi); the output has the input's shape."""
    out = lognormal_pdf(np.array([1.0, 1.0]), 0.0, 1.0)
    assert np.shape(out) == (2,) and np.allclose(out, 1 / np.sqrt(2 * np.pi))
