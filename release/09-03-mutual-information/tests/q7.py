OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_monotone_copy', hidden=False, failure_message='Returns a float; y an increasing function of x with k = 4 bins gives log 4 (bins coincide).')
def test_monotone_copy(rank_mi):
    """Returns a float; y an increasing function of x with k = 4 bins gives log 4 (bins coincide)."""
    x = np.arange(8.0)
    value = rank_mi(x, x**3, 4)
    assert isinstance(value, float) and np.isclose(value, np.log(4.0))
