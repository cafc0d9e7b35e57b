OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_squared', hidden=False, failure_message='Returns a float; under squared loss the best constant is the mean.')
def test_squared(best_constant):
    """Returns a float; under squared loss the best constant is the mean."""
    c = best_constant(np.array([0.0, 10.0]), np.array([0.9, 0.1]), "squared")
    assert isinstance(c, float) and np.isclose(c, 1.0)
