OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_types_and_a_case', hidden=False, failure_message='Returns two ints; for eps = 0.1, delta = 0.03 on [0, 1] Hoeffding needs 210 samples.')
def test_types_and_a_case(sample_sizes):
    """Returns two ints; for eps = 0.1, delta = 0.03 on [0, 1] Hoeffding needs 210 samples."""
    n_cheb, n_hoeff = sample_sizes(0.1, 0.03, 0.0, 1.0)
    assert isinstance(n_cheb, int) and isinstance(n_hoeff, int)
    assert n_hoeff == 210
