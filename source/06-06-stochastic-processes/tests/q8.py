OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='t = 1 is a single step: sqrt(1 - beta_1) x0 + sqrt(beta_1) eps.')
def test_one_step(ddpm_forward):
    """t = 1 is a single step: sqrt(1 - beta_1) x0 + sqrt(beta_1) eps."""
    out = np.asarray(ddpm_forward(np.array([1.0, -2.0]), np.array([0.36, 0.5]), 1, np.array([0.5, 1.0])))
    assert out.shape == (2,)
    assert np.allclose(out, [0.8 * 1.0 + 0.6 * 0.5, 0.8 * -2.0 + 0.6 * 1.0])
