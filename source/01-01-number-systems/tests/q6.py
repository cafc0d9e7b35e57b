OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 1

import numpy as np
import sympy as sp


@test_case(name='test_example', hidden=False, failure_message='415/93 = [4; 2, 6, 7].')
def test_example(continued_fraction):
    """415/93 = [4; 2, 6, 7]."""
    assert [int(a) for a in continued_fraction(sp.Rational(415, 93))] == [4, 2, 6, 7]
