OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_single_model', hidden=False, failure_message='With one model the bound is the plain one-sided Hoeffding bound.')
def test_single_model(select_model):
    """With one model the bound is the plain one-sided Hoeffding bound."""
    best, upper = select_model([0.2], 1000, 0.05)
    assert best == 0 and isinstance(upper, float)
    assert np.isclose(upper, 0.2 + np.sqrt(np.log(20.0) / 2000.0))
