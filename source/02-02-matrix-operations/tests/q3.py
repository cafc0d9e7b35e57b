OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='tr(I I) = 3 for the 3x3 identity, returned as a float.')
def test_identity(trace_of_product):
    """tr(I I) = 3 for the 3x3 identity, returned as a float."""
    value = trace_of_product(np.eye(3), np.eye(3))
    assert isinstance(value, float) and np.isclose(value, 3.0)
