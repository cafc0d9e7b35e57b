OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_is_a_set', hidden=False, failure_message='stable_a is a SymPy Set, and a = 1/2 is stable.')
def test_is_a_set(stable_a):
    """stable_a is a SymPy Set, and a = 1/2 is stable."""
    assert isinstance(stable_a, sp.Set)
    assert stable_a.contains(sp.Rational(1, 2)) == sp.true
