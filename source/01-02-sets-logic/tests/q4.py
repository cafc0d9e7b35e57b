OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 1

import numpy as np


@test_case(name='test_one_list', hidden=False, failure_message='With one list of 30 blocked documents out of 100, 70 are kept.')
def test_one_list(count_kept):
    """With one list of 30 blocked documents out of 100, 70 are kept."""
    assert count_kept(100, {(0,): 30}) == 70
