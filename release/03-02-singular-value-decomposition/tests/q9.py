OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_observed_entries_kept', hidden=False, failure_message="The result has R's shape and the observed entries are unchanged.")
def test_observed_entries_kept(hard_impute):
    """The result has R's shape and the observed entries are unchanged."""
    R = np.array([[5.0, 3.0, 0.0], [4.0, 0.0, 1.0]])
    mask = np.array([[1, 1, 0], [1, 0, 1]])
    X = hard_impute(R, mask, 1, 5)
    assert np.shape(X) == (2, 3)
    assert np.allclose(X[mask == 1], R[mask == 1])
