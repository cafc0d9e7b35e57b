OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 1

import numpy as np
import sympy as sp


@test_case(name='test_imaginary_unit', hidden=False, failure_message='i has modulus 1 and argument pi/2.')
def test_imaginary_unit(polar_form):
    """i has modulus 1 and argument pi/2."""
    r, theta = polar_form(sp.I)
    assert sp.simplify(r - 1) == 0 and sp.simplify(theta - sp.pi / 2) == 0
