OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_keys_and_simple_values', hidden=False, failure_message='A dict with keys mean, median, std, mad; [1, 2, 3, 4, 100] has mean 22 and median 3.')
def test_keys_and_simple_values(summary):
    """A dict with keys mean, median, std, mad; [1, 2, 3, 4, 100] has mean 22 and median 3."""
    out = summary(np.array([1.0, 2.0, 3.0, 4.0, 100.0]))
    assert set(out) == {"mean", "median", "std", "mad"}
    assert np.isclose(out["mean"], 22.0) and np.isclose(out["median"], 3.0)
