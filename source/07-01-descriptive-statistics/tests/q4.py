OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_small_stream', hidden=False, failure_message='[2, 4, 9]: running means [2, 3, 5] and population variances [0, 1, 26/3].')
def test_small_stream(running_stats):
    """[2, 4, 9]: running means [2, 3, 5] and population variances [0, 1, 26/3]."""
    means, variances = running_stats(np.array([2.0, 4.0, 9.0]))
    assert np.allclose(means, [2.0, 3.0, 5.0])
    assert np.allclose(variances, [0.0, 1.0, 26.0 / 3.0])
