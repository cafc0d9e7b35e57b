OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np
TOY_VOCAB = ["a", "b", "c", "ab", "bc", "abc"]


@test_case(name='test_example', hidden=False, failure_message='encode("abcab") is [5, 3].')
def test_example(encode):
    """encode("abcab") is [5, 3]."""
    assert list(encode("abcab", TOY_VOCAB)) == [5, 3]
