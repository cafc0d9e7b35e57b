OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_one_term', hidden=False, failure_message="With one term the approximation is x itself, and the bound is the next term's size x**2/2.")
def test_one_term(log1p_series):
    """With one term the approximation is x itself, and the bound is the next term's size x**2/2."""
    partial, bound = log1p_series(0.5, 1)
    assert np.isclose(partial, 0.5) and np.isclose(bound, 0.125)
