OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 3

import numpy as np


@test_case(name='test_shape_and_order', hidden=False, failure_message='Returns [lower, upper] with lower <= upper.')
def test_shape_and_order(paired_bootstrap_ci):
    """Returns [lower, upper] with lower <= upper."""
    rng = np.random.default_rng(0)
    ci = np.asarray(paired_bootstrap_ci(rng.uniform(size=20), rng.uniform(size=20), 200, 0.05, 0))
    assert ci.shape == (2,) and ci[0] <= ci[1]
