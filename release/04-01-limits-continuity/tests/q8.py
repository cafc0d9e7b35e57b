OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_beta_one', hidden=False, failure_message='With beta = 1 and moderate x, softplus is log(1 + e^x).')
def test_beta_one(softplus):
    """With beta = 1 and moderate x, softplus is log(1 + e^x)."""
    xs = np.array([-2.0, 0.0, 1.5])
    assert np.allclose(softplus(xs, 1.0), np.log(1 + np.exp(xs)))
