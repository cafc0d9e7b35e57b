OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_sizes', hidden=False, failure_message='10 examples in batches of 4: sizes 4, 4, 2.')
def test_sizes(epoch_batches):
    """10 examples in batches of 4: sizes 4, 4, 2."""
    batches = epoch_batches(10, 4, 0)
    assert isinstance(batches, list)
    assert [len(b) for b in batches] == [4, 4, 2]
