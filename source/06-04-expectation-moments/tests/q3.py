OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np
def summary(x):
    x = np.asarray(x, dtype=float)
    return (float(x.size), float(x.mean()), float(np.sum((x - x.mean()) ** 2))) if x.size else (0.0, 0.0, 0.0)


@test_case(name='test_two_singletons', hidden=False, failure_message='Merging [1] and [3] gives n = 2, mean 2, m2 = 2.')
def test_two_singletons(merge_stats):
    """Merging [1] and [3] gives n = 2, mean 2, m2 = 2."""
    n, mean, m2 = merge_stats((1, 1.0, 0.0), (1, 3.0, 0.0))
    assert np.allclose([n, mean, m2], [2.0, 2.0, 2.0])
