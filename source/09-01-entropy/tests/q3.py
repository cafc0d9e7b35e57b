OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_independent_bits', hidden=False, failure_message='Two independent fair bits: H(X) = H(Y) = 1, H(X,Y) = 2, H(Y|X) = 1.')
def test_independent_bits(entropy_table):
    """Two independent fair bits: H(X) = H(Y) = 1, H(X,Y) = 2, H(Y|X) = 1."""
    out = entropy_table(np.full((2, 2), 0.25))
    assert len(out) == 4
    assert np.allclose(out, [1.0, 1.0, 2.0, 1.0])
