OK_FORMAT = False

from otter.test_files import test_case

name = "q8"
points = 2

import numpy as np


@test_case(name='test_dyadic', hidden=False, failure_message='For [1/2, 1/4, 1/4] the lengths are [1, 2, 2] (= -log2 p).')
def test_dyadic(huffman_lengths):
    """For [1/2, 1/4, 1/4] the lengths are [1, 2, 2] (= -log2 p)."""
    assert list(huffman_lengths(np.array([0.5, 0.25, 0.25]))) == [1, 2, 2]
