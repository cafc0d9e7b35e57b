OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_matmul_shape', hidden=False, failure_message="'ij,jk->ik' with shapes (2, 3) and (3, 4) gives the tuple (2, 4).")
def test_matmul_shape(einsum_output_shape):
    """'ij,jk->ik' with shapes (2, 3) and (3, 4) gives the tuple (2, 4)."""
    out = einsum_output_shape("ij,jk->ik", [(2, 3), (3, 4)])
    assert isinstance(out, tuple) and tuple(out) == (2, 4)
