OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_standard_normal', hidden=False, failure_message='Returns a float; N(0, 1) has entropy 0.5 * log(2 pi e).')
def test_standard_normal(gaussian_entropy):
    """Returns a float; N(0, 1) has entropy 0.5 * log(2 pi e)."""
    value = gaussian_entropy(np.array([[1.0]]))
    assert isinstance(value, float)
    assert np.isclose(value, 0.5 * np.log(2 * np.pi * np.e))
