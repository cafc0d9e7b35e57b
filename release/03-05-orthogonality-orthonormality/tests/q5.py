OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_is_scalar_in_offset', hidden=False, failure_message='A scalar SymPy expression whose symbols are among q0, q1, k0, k1, theta, d (no m, no n).')
def test_is_scalar_in_offset(rope_score):
    """A scalar SymPy expression whose symbols are among q0, q1, k0, k1, theta, d (no m, no n)."""
    assert isinstance(rope_score, sp.Expr)
    assert {s.name for s in rope_score.free_symbols} <= {"q0", "q1", "k0", "k1", "theta", "d"}
