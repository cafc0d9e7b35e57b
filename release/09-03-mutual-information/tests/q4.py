OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import numpy as np


@test_case(name='test_xor', hidden=False, failure_message='Returns a float; for Z = X xor Y with fair independent bits, I(X;Y|Z) = log 2.')
def test_xor(conditional_mi):
    """Returns a float; for Z = X xor Y with fair independent bits, I(X;Y|Z) = log 2."""
    p = np.zeros((2, 2, 2))
    for x in range(2):
        for y in range(2):
            p[x, y, x ^ y] = 0.25
    value = conditional_mi(p)
    assert isinstance(value, float) and np.isclose(value, np.log(2.0))
