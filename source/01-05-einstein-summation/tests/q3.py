OK_FORMAT = False

from otter.test_files import test_case

name = "q3"
points = 2

import numpy as np


@test_case(name='test_matmul', hidden=False, failure_message="'ij,jk->ik' is the matrix product.")
def test_matmul(loop_einsum):
    """'ij,jk->ik' is the matrix product."""
    A = np.arange(6.0).reshape(2, 3)
    B = np.arange(12.0).reshape(3, 4)
    out = loop_einsum("ij,jk->ik", A, B)
    assert np.shape(out) == (2, 4) and np.allclose(out, A @ B)
