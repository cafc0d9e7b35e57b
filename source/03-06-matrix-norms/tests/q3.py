OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np
import sympy as sp


@test_case(name='test_identity_case', hidden=False, failure_message='SymPy expressions; at t = 0 the shear is the identity, with norm 1 and condition number 1.')
def test_identity_case(shear_norm, shear_cond):
    """SymPy expressions; at t = 0 the shear is the identity, with norm 1 and condition number 1."""
    assert isinstance(shear_norm, sp.Expr) and isinstance(shear_cond, sp.Expr)
    for expr in (sp.sympify(shear_norm), sp.sympify(shear_cond)):
        assert sp.simplify(expr.subs({s: 0 for s in expr.free_symbols})) == 1
