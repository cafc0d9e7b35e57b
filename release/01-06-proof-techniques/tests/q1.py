OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 1

import numpy as np


@test_case(name='test_small_case', hidden=False, failure_message='7 tokens on 3 experts: some expert gets at least 3 (= ceil(7/3)); returns a dict with both keys.')
def test_small_case(pigeonhole):
    """7 tokens on 3 experts: some expert gets at least 3 (= ceil(7/3)); returns a dict with both keys."""
    out = pigeonhole(7, 3)
    assert out["bound"] == 3 and type(out["bound"]) is int
    assert len(out["assignment"]) == 7
