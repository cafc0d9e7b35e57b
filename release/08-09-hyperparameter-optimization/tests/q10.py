OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_two_configs', hidden=False, failure_message='For n = 2, E[min] = -sigma / sqrt(pi); 20,000 seeded searches get within 0.02 sigma.')
def test_two_configs(selection_bias):
    """For n = 2, E[min] = -sigma / sqrt(pi); 20,000 seeded searches get within 0.02 sigma."""
    value = selection_bias(2, 1.0, 20000, 0)
    assert isinstance(value, float)
    assert abs(value + 1 / np.sqrt(np.pi)) < 0.02
