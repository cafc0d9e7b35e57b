OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp
def at(expr, **values):
    """Substitute numbers for the symbols of expr, matched by name."""
    expr = sp.sympify(expr)
    return sp.simplify(expr.subs({v: values[v.name] for v in expr.free_symbols if v.name in values}))
def simulate(eta, s, r):
    """Total budget of successive halving with eta**s configurations."""
    m, budget, total = eta**s, r, 0
    while True:
        total += m * budget
        if m == 1:
            return total
        m, budget = max(1, m // eta), budget * eta


@test_case(name='test_nine_configs', hidden=False, failure_message='A SymPy expression; for eta = 3, s = 2, r = 1 the total is 27.')
def test_nine_configs(sh_total_budget):
    """A SymPy expression; for eta = 3, s = 2, r = 1 the total is 27."""
    assert isinstance(sh_total_budget, sp.Expr) and not sh_total_budget.has(sp.Sum)
    assert at(sh_total_budget, eta=3, s=2, r=1) == 27
