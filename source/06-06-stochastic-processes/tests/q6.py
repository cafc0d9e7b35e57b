OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_sorted_in_range', hidden=False, failure_message='A sorted 1-D array of times in [0, T].')
def test_sorted_in_range(poisson_arrivals):
    """A sorted 1-D array of times in [0, T]."""
    times = np.asarray(poisson_arrivals(2.0, 5.0, 0), dtype=float)
    assert times.ndim == 1
    assert np.all(np.diff(times) > 0) and np.all((times >= 0) & (times <= 5.0))
