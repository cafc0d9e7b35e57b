OK_FORMAT = False

from otter.test_files import test_case

name = "q4"
points = 2

import sympy as sp


@test_case(name='test_is_dict', hidden=False, failure_message='A dict from values of t to ranks, each rank below 3.')
def test_is_dict(rank_drops):
    """A dict from values of t to ranks, each rank below 3."""
    assert isinstance(rank_drops, dict) and len(rank_drops) >= 1
    assert all(int(r) < 3 for r in rank_drops.values())
