OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import sympy as sp


@test_case(name='test_de_morgan', hidden=False, failure_message='The negation of p and q is (not p) or (not q).')
def test_de_morgan(negation_nnf):
    """The negation of p and q is (not p) or (not q)."""
    p, q = sp.symbols("p q")
    f = negation_nnf(p & q)
    assert sp.satisfiable(sp.Xor(f, ~p | ~q)) is False
    assert isinstance(f, sp.Or)
