OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_plane', hidden=False, failure_message='Returns a bool; (1, 2, 0) is in the span of e1 and e2.')
def test_plane(in_span):
    """Returns a bool; (1, 2, 0) is in the span of e1 and e2."""
    value = in_span(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), np.array([1.0, 2.0, 0.0]))
    assert isinstance(value, bool) and value is True
