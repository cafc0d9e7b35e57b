OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np


@test_case(name='test_one_hot_target', hidden=False, failure_message='Returns a float; a one-hot target on class 0 against q = [1/4, 3/4] costs log 4.')
def test_one_hot_target(cross_entropy):
    """Returns a float; a one-hot target on class 0 against q = [1/4, 3/4] costs log 4."""
    value = cross_entropy(np.array([1.0, 0.0]), np.array([0.25, 0.75]))
    assert isinstance(value, float) and np.isclose(value, np.log(4.0))
