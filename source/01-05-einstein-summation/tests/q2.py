OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 1

import numpy as np


@test_case(name='test_matmul', hidden=False, failure_message='A (2x3) times (3x4) matrix product takes 2*3*4 = 24 multiply-adds, as a Python int.')
def test_matmul(einsum_multiply_adds):
    """A (2x3) times (3x4) matrix product takes 2*3*4 = 24 multiply-adds, as a Python int."""
    out = einsum_multiply_adds("ij,jk->ik", {"i": 2, "j": 3, "k": 4})
    assert isinstance(out, int) and out == 24
