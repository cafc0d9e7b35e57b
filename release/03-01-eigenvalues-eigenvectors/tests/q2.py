OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_real_distinct', hidden=False, failure_message='Trace 5 and determinant 6 give the eigenvalues 3 and 2, as complex numbers, larger real part first.')
def test_real_distinct(eig_2x2):
    """Trace 5 and determinant 6 give the eigenvalues 3 and 2, as complex numbers, larger real part first."""
    lam1, lam2 = eig_2x2(5.0, 6.0)
    assert isinstance(lam1, complex) and isinstance(lam2, complex)
    assert np.isclose(lam1, 3.0) and np.isclose(lam2, 2.0)
