OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_identical_lists', hidden=False, failure_message='A token list compared with itself has similarity 1.0, returned as a float.')
def test_identical_lists(shingle_jaccard):
    """A token list compared with itself has similarity 1.0, returned as a float."""
    tokens = "the cat sat on the mat".split()
    value = shingle_jaccard(tokens, tokens, 2)
    assert isinstance(value, float) and value == 1.0
