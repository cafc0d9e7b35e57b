OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import sympy as sp


@test_case(name='test_is_sympy', hidden=False, failure_message='area is a SymPy expression.')
def test_is_sympy(area):
    """area is a SymPy expression."""
    assert isinstance(area, sp.Basic)
