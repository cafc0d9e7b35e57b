OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import sympy as sp


@test_case(name='test_no_noise', hidden=False, failure_message='Without noise the variance contracts by (1 - eta a)^2 per step.')
def test_no_noise(var_next):
    """Without noise the variance contracts by (1 - eta a)^2 per step."""
    a, eta, sigma, v = sp.symbols("a eta sigma v", positive=True)
    assert sp.simplify(var_next.subs(sigma, 0) - (1 - eta * a) ** 2 * v) == 0
