OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_scalar', hidden=False, failure_message="f(x) = 5 x^2 has f'' = 10: GD is stable for lr below 2/10.")
def test_scalar(critical_lr):
    """f(x) = 5 x^2 has f'' = 10: GD is stable for lr below 2/10."""
    out = critical_lr(np.array([[5.0]]))
    assert isinstance(out, float) and np.isclose(out, 0.2)
