OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 1

import numpy as np


@test_case(name='test_invertible', hidden=False, failure_message='Two invertible 4x4 matrices: the product is invertible, so (4, 4).')
def test_invertible(rank_product_bounds):
    """Two invertible 4x4 matrices: the product is invertible, so (4, 4)."""
    assert tuple(rank_product_bounds(4, 4, 4)) == (4, 4)
