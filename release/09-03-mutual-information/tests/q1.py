OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_independent', hidden=False, failure_message='Returns a float; an outer product of marginals (independence) has MI 0.')
def test_independent(mutual_information):
    """Returns a float; an outer product of marginals (independence) has MI 0."""
    value = mutual_information(np.outer([0.2, 0.8], [0.5, 0.3, 0.2]))
    assert isinstance(value, float) and np.isclose(value, 0.0)
