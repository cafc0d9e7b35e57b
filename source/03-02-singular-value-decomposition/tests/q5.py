OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_shapes', hidden=False, failure_message='For a 6x4 update and r = 2, B is 6x2 and A is 2x4.')
def test_shapes(lora_factors):
    """For a 6x4 update and r = 2, B is 6x2 and A is 2x4."""
    B, A = lora_factors(np.random.default_rng(0).standard_normal((6, 4)), 2)
    assert np.shape(B) == (6, 2) and np.shape(A) == (2, 4)
