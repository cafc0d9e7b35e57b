OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_single_component', hidden=False, failure_message='Returns two floats; one component gives back its own mean and variance.')
def test_single_component(mixture_mean_var):
    """Returns two floats; one component gives back its own mean and variance."""
    mean, var = mixture_mean_var(np.array([1.0]), np.array([2.0]), np.array([3.0]))
    assert isinstance(mean, float) and isinstance(var, float)
    assert np.isclose(mean, 2.0) and np.isclose(var, 3.0)
