OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np
from scipy import stats


@test_case(name='test_a_value', hidden=False, failure_message='n = 10, p = 0.5, k = 8: the bound is exp(-10 * KL(0.8 || 0.5)), about 0.1555.')
def test_a_value(kl_chernoff):
    """n = 10, p = 0.5, k = 8: the bound is exp(-10 * KL(0.8 || 0.5)), about 0.1555."""
    value = kl_chernoff(10, 0.5, 8)
    assert isinstance(value, float)
    assert np.isclose(value, np.exp(-10 * (0.8 * np.log(1.6) + 0.2 * np.log(0.4))))
