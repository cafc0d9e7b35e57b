OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_fit_a_line', hidden=False, failure_message='Fitting y = c0 + c1 t to (0, 1), (1, 2), (2, 4) gives c = [5/6, 3/2].')
def test_fit_a_line(lstsq_qr):
    """Fitting y = c0 + c1 t to (0, 1), (1, 2), (2, 4) gives c = [5/6, 3/2]."""
    A = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    c = np.asarray(lstsq_qr(A, np.array([1.0, 2.0, 4.0])))
    assert c.shape == (2,)
    assert np.allclose(c, [5 / 6, 1.5])
