OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_single_product', hidden=False, failure_message='Two matrices, 2x3 and 3x4: 2*3*4 = 24 multiplications; one matrix costs 0.')
def test_single_product(chain_cost):
    """Two matrices, 2x3 and 3x4: 2*3*4 = 24 multiplications; one matrix costs 0."""
    assert chain_cost([2, 3, 4]) == 24
    assert chain_cost([5, 7]) == 0
