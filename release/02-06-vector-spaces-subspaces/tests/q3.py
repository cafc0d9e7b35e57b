OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_standard_to_scaled', hidden=False, failure_message='From the standard basis to 2 e1, 2 e2: coordinates halve; shape (n,).')
def test_standard_to_scaled(change_of_basis):
    """From the standard basis to 2 e1, 2 e2: coordinates halve; shape (n,)."""
    c = change_of_basis(np.eye(2), 2.0 * np.eye(2), np.array([4.0, 2.0]))
    assert np.shape(c) == (2,)
    assert np.allclose(c, [2.0, 1.0])
