OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np
import sympy as sp
def _at(expr, **values):
    expr = sp.sympify(expr)
    return float(expr.subs({sym: values[sym.name] for sym in expr.free_symbols}))


@test_case(name='test_white_noise_case', hidden=False, failure_message='SymPy expressions; with phi = 0 the AR(1) is white noise with variance sigma**2.')
def test_white_noise_case(ar1_var, ar1_autocorr, sgd_var):
    """SymPy expressions; with phi = 0 the AR(1) is white noise with variance sigma**2."""
    for expr in (ar1_var, ar1_autocorr, sgd_var):
        assert isinstance(expr, sp.Basic)
    assert np.isclose(_at(ar1_var, phi=0.0, sigma=2.0), 4.0)
