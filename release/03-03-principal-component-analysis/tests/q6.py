OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_sorted_input', hidden=False, failure_message='Eigenvalues [4, 2, 1] with n = 11 and k = 1: the dropped variance 3 times (n - 1) = 30.')
def test_sorted_input(pca_total_error):
    """Eigenvalues [4, 2, 1] with n = 11 and k = 1: the dropped variance 3 times (n - 1) = 30."""
    value = pca_total_error(np.array([4.0, 2.0, 1.0]), 1, 11)
    assert isinstance(value, float) and np.isclose(value, 30.0)
