OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np


@test_case(name='test_one_step', hidden=False, failure_message='Starting in state 0, one step gives row 0 of P.')
def test_one_step(distribution_after):
    """Starting in state 0, one step gives row 0 of P."""
    P = np.array([[0.9, 0.1], [0.4, 0.6]])
    out = np.asarray(distribution_after(np.array([1.0, 0.0]), P, 1))
    assert out.shape == (2,) and np.allclose(out, [0.9, 0.1])
