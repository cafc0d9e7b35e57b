OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_identical_policies', hidden=False, failure_message='If the policy equals the reference, every estimate is exactly 0.')
def test_identical_policies(kl_estimates):
    """If the policy equals the reference, every estimate is exactly 0."""
    pi = np.array([0.2, 0.3, 0.5])
    out = kl_estimates(pi, pi, 100, 0)
    assert len(out) == 3 and np.allclose(out, 0.0)
