OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return expr.subs({s: values[s.name] for s in expr.free_symbols if s.name in values})


@test_case(name='test_first_moment_at_t1', hidden=False, failure_message='m_t is a SymPy expression without Sum; after one step m_1 = (1 - beta1) g.')
def test_first_moment_at_t1(m_t):
    """m_t is a SymPy expression without Sum; after one step m_1 = (1 - beta1) g."""
    assert isinstance(m_t, sp.Expr) and not m_t.has(sp.Sum)
    assert sp.simplify(at(m_t, t=1, beta1=sp.Rational(9, 10), g=5) - sp.Rational(1, 2)) == 0
