OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 3

import numpy as np


@test_case(name='test_lesson_example', hidden=False, failure_message='min x^2 + 2 y^2 s.t. x + y = 1 (Q = diag(2, 4)): x = [2/3, 1/3], nu = [-4/3].')
def test_lesson_example(equality_qp):
    """min x^2 + 2 y^2 s.t. x + y = 1 (Q = diag(2, 4)): x = [2/3, 1/3], nu = [-4/3]."""
    x, nu = equality_qp(np.diag([2.0, 4.0]), np.zeros(2), np.array([[1.0, 1.0]]), np.array([1.0]))
    assert np.shape(x) == (2,) and np.shape(nu) == (1,)
    assert np.allclose(x, [2 / 3, 1 / 3]) and np.allclose(nu, [-4 / 3])
