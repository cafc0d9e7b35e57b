OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 1

import numpy as np


@test_case(name='test_peak_value', hidden=False, failure_message='At t = warmup the rate is (d_model * warmup)**-0.5: for d_model = 512, warmup = 4000 about 7.0e-4.')
def test_peak_value(inverse_sqrt_lr):
    """At t = warmup the rate is (d_model * warmup)**-0.5: for d_model = 512, warmup = 4000 about 7.0e-4."""
    assert np.isclose(inverse_sqrt_lr(4000, 512, 4000), (512 * 4000) ** -0.5)
