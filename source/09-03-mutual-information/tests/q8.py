OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_uninformative_critic', hidden=False, failure_message='Returns a float; a constant critic cannot tell partners apart: the bound is 0.')
def test_uninformative_critic(infonce_bound):
    """Returns a float; a constant critic cannot tell partners apart: the bound is 0."""
    value = infonce_bound(np.zeros((4, 4)))
    assert isinstance(value, float) and np.isclose(value, 0.0)
