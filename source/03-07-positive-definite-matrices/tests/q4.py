OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_psd_unchanged', hidden=False, failure_message='A PSD matrix is its own nearest PSD matrix.')
def test_psd_unchanged(nearest_psd):
    """A PSD matrix is its own nearest PSD matrix."""
    A = np.array([[2.0, 1.0], [1.0, 2.0]])
    assert np.allclose(nearest_psd(A), A)
