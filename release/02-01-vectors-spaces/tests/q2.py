OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_single_row', hidden=False, failure_message="[[3, 4]] becomes [[0.6, 0.8]], an array of the input's shape.")
def test_single_row(normalize_rows):
    """[[3, 4]] becomes [[0.6, 0.8]], an array of the input's shape."""
    out = normalize_rows(np.array([[3.0, 4.0]]))
    assert np.shape(out) == (1, 2)
    assert np.allclose(out, [[0.6, 0.8]])
