OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_diagonal_cases', hidden=False, failure_message='diag(1, 2) is positive definite and diag(1, -1) indefinite.')
def test_diagonal_cases(definiteness):
    """diag(1, 2) is positive definite and diag(1, -1) indefinite."""
    assert definiteness(np.diag([1.0, 2.0])) == "positive definite"
    assert definiteness(np.diag([1.0, -1.0])) == "indefinite"
