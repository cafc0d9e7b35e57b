OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_keys_and_functions', hidden=False, failure_message='There are 3**2 = 9 maps from a 2-set to a 3-set; all five keys are present with int values.')
def test_keys_and_functions(count_maps):
    """There are 3**2 = 9 maps from a 2-set to a 3-set; all five keys are present with int values."""
    out = count_maps(2, 3)
    assert set(out) == {"functions", "injections", "surjections", "bijections", "min_largest_fibre"}
    assert out["functions"] == 9
    assert all(isinstance(v, int) for v in out.values())
