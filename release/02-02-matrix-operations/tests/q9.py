OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_zero_queries', hidden=False, failure_message='With all-zero queries every score is 0, so each output row is the mean of the value rows.')
def test_zero_queries(attention):
    """With all-zero queries every score is 0, so each output row is the mean of the value rows."""
    V = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 9.0]])
    out = attention(np.zeros((2, 4)), np.ones((3, 4)), V, False)
    assert np.shape(out) == (2, 2) and np.allclose(out, [[3.0, 5.0], [3.0, 5.0]])
