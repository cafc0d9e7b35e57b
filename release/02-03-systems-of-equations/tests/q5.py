OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import sympy as sp
def check(general_solution, A, b):
    x_p, basis = general_solution(A, b)
    A, b = sp.Matrix(A), sp.Matrix(b)
    assert sp.Matrix(x_p).shape == (A.cols, 1) and A * sp.Matrix(x_p) == b
    return [sp.Matrix(v) for v in basis]


@test_case(name='test_unique', hidden=False, failure_message='An invertible system: x_p is the solution and the null-space basis is empty.')
def test_unique(general_solution):
    """An invertible system: x_p is the solution and the null-space basis is empty."""
    basis = check(general_solution, [[2, 1], [1, 1]], [3, 2])
    assert basis == []
