OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np
import sympy as sp
def num(expr, **values):
    expr = sp.sympify(expr)
    return float(expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values}))


@test_case(name='test_unit_snr', hidden=False, failure_message='A SymPy expression; with a = 1 and equal signal and noise standard deviations, I = log(2)/2.')
def test_unit_snr(channel_mi):
    """A SymPy expression; with a = 1 and equal signal and noise standard deviations, I = log(2)/2."""
    assert isinstance(sp.sympify(channel_mi), sp.Expr)
    assert np.isclose(num(channel_mi, a=1, sx=1, sn=1), 0.5 * np.log(2.0))
