OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_permutation', hidden=False, failure_message='[1, 2, 0] is a bijection of {0, 1, 2}; the values are Python bools.')
def test_permutation(classify_map):
    """[1, 2, 0] is a bijection of {0, 1, 2}; the values are Python bools."""
    out = classify_map(np.array([1, 2, 0]), 3)
    assert out == {"injective": True, "surjective": True, "bijective": True}
    assert all(type(v) is bool for v in out.values())
