OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_first_sweep', hidden=False, failure_message='From x = 0, one sweep gives b / diag(A); zero sweeps give 0.')
def test_first_sweep(jacobi):
    """From x = 0, one sweep gives b / diag(A); zero sweeps give 0."""
    A, b = np.array([[4.0, 1.0], [2.0, 5.0]]), np.array([8.0, 10.0])
    assert np.allclose(jacobi(A, b, 0), [0.0, 0.0])
    assert np.allclose(jacobi(A, b, 1), [2.0, 2.0])
