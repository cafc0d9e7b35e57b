OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_product_table', hidden=False, failure_message='Returns a bool; an outer product of two PMFs is independent.')
def test_product_table(is_independent):
    """Returns a bool; an outer product of two PMFs is independent."""
    out = is_independent(np.outer([0.3, 0.7], [0.2, 0.5, 0.3]))
    assert isinstance(out, bool) and out is True
