OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np
import sympy as sp
from sympy.logic.boolalg import is_dnf


@test_case(name='test_xor', hidden=False, failure_message='The table F, T, T, F over (x, y) is exclusive or; the answer is a DNF formula.')
def test_xor(dnf_from_truth_table):
    """The table F, T, T, F over (x, y) is exclusive or; the answer is a DNF formula."""
    x, y = sp.symbols("x y")
    f = dnf_from_truth_table([x, y], [False, True, True, False])
    assert is_dnf(f)
    assert sp.satisfiable(sp.Xor(f, x ^ y)) is False
