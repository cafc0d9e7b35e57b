OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_affine', hidden=False, failure_message='The inverse of 3x - 7 is (x + 7)/3, an expression in x.')
def test_affine(inverse_function):
    """The inverse of 3x - 7 is (x + 7)/3, an expression in x."""
    x = sp.Symbol("x", real=True)
    assert sp.simplify(inverse_function(3 * x - 7, x) - (x + 7) / 3) == 0
