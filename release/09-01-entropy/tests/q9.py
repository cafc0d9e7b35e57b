OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_fair_mean_is_uniform', hidden=False, failure_message='With the mean 3.5 of a fair die the answer is uniform.')
def test_fair_mean_is_uniform(max_entropy_distribution):
    """With the mean 3.5 of a fair die the answer is uniform."""
    p = np.asarray(max_entropy_distribution(np.arange(1, 7), 3.5))
    assert p.shape == (6,)
    assert np.allclose(p, 1 / 6)
