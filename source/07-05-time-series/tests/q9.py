OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 3

import numpy as np


@test_case(name='test_types', hidden=False, failure_message='Two floats: a non-negative statistic and a p-value in [0, 1].')
def test_types(ljung_box):
    """Two floats: a non-negative statistic and a p-value in [0, 1]."""
    Q, p = ljung_box(np.random.default_rng(0).normal(size=50), 5)
    assert isinstance(Q, float) and isinstance(p, float)
    assert Q >= 0 and 0 <= p <= 1
