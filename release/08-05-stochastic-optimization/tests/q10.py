OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_range', hidden=False, failure_message='A fraction in [0, 1]; with N = 1 the single example is always drawn.')
def test_range(unseen_fraction_mc):
    """A fraction in [0, 1]; with N = 1 the single example is always drawn."""
    out = unseen_fraction_mc(10, 50, 0)
    assert isinstance(out, float) and 0.0 <= out <= 1.0
    assert unseen_fraction_mc(1, 5, 0) == 0.0
