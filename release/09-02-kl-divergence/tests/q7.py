OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_identical', hidden=False, failure_message='Returns a float; JS(p, p) = 0.')
def test_identical(js_divergence):
    """Returns a float; JS(p, p) = 0."""
    value = js_divergence(np.array([0.2, 0.8]), np.array([0.2, 0.8]))
    assert isinstance(value, float) and np.isclose(value, 0.0)
