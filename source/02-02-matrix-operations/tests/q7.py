OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_ones', hidden=False, failure_message='Scaling by all-ones vectors changes nothing.')
def test_ones(scale_rows_cols):
    """Scaling by all-ones vectors changes nothing."""
    A = np.arange(6.0).reshape(2, 3)
    assert np.allclose(scale_rows_cols(A, np.ones(2), np.ones(3)), A)
