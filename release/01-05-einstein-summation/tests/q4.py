OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 1

import sympy as sp


@test_case(name='test_identity', hidden=False, failure_message='The identity matrix has determinant 1.')
def test_identity(det_via_epsilon):
    """The identity matrix has determinant 1."""
    assert sp.simplify(det_via_epsilon(sp.eye(3)) - 1) == 0
