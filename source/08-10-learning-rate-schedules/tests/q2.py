OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_endpoints', hidden=False, failure_message='lr_max at t = 0 and lr_min at t = total.')
def test_endpoints(cosine_lr):
    """lr_max at t = 0 and lr_min at t = total."""
    assert np.isclose(cosine_lr(0, 100, 1.0, 0.1), 1.0)
    assert np.isclose(cosine_lr(100, 100, 1.0, 0.1), 0.1)
