OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_at_the_incumbent', hidden=False, failure_message='mu = best with sigma = 1: EI = phi(0) = 1/sqrt(2 pi).')
def test_at_the_incumbent(expected_improvement):
    """mu = best with sigma = 1: EI = phi(0) = 1/sqrt(2 pi)."""
    out = expected_improvement(np.array([0.5]), np.array([1.0]), 0.5)
    assert np.shape(out) == (1,)
    assert np.allclose(out, [1 / np.sqrt(2 * np.pi)])
