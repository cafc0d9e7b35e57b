OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import sympy as sp


@test_case(name='test_unconstrained_slot', hidden=False, failure_message='A slot the constraint does not restrict can take either value.')
def test_unconstrained_slot(allowed_values):
    """A slot the constraint does not restrict can take either value."""
    a, b = sp.symbols("a b")
    assert allowed_values(a | b, {}, a) == [False, True]
