OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np
import sympy as sp
def value_at(expr, pv):
    expr = sp.sympify(expr)
    return float(expr.subs({s: pv for s in expr.free_symbols if s.name == "p"}))


@test_case(name='test_fair_coin_case', hidden=False, failure_message='A SymPy expression in p with no Sum; at p = 1/2 the entropy is 2 bits = 2 log 2 nats.')
def test_fair_coin_case(geometric_entropy):
    """A SymPy expression in p with no Sum; at p = 1/2 the entropy is 2 bits = 2 log 2 nats."""
    expr = sp.sympify(geometric_entropy)
    assert not expr.has(sp.Sum)
    assert {s.name for s in expr.free_symbols} <= {"p"}
    assert np.isclose(value_at(expr, 0.5), 2 * np.log(2.0))
