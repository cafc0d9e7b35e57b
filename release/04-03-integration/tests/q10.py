OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_one_sigma', hidden=False, failure_message='About 68.27% of the mass lies within one standard deviation of the mean.')
def test_one_sigma(normal_interval_prob):
    """About 68.27% of the mass lies within one standard deviation of the mean."""
    assert np.isclose(normal_interval_prob(0.0, 1.0, -1.0, 1.0), 0.6826894921370859)
