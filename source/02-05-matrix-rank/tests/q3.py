OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_identity', hidden=False, failure_message='For I_2 both factors are I_2.')
def test_identity(cr_factorization):
    """For I_2 both factors are I_2."""
    C, R = cr_factorization(np.eye(2))
    assert np.allclose(C, np.eye(2)) and np.allclose(R, np.eye(2))
