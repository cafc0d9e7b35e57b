OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 1

import numpy as np


@test_case(name='test_tiny_vocab', hidden=False, failure_message='With a single context (N = 1) the rank is at most 1.')
def test_tiny_vocab(max_logprob_rank):
    """With a single context (N = 1) the rank is at most 1."""
    assert max_logprob_rank(1, 50, 8) == 1
