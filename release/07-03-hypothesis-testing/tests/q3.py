OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_equal_rates', hidden=False, failure_message='Identical observed rates give z = 0 and p = 1.')
def test_equal_rates(two_proportion_z_test):
    """Identical observed rates give z = 0 and p = 1."""
    z, p = two_proportion_z_test(30, 100, 60, 200)
    assert np.isclose(z, 0.0) and np.isclose(p, 1.0)
