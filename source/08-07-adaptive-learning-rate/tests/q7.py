OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_rank_one_exact', hidden=False, failure_message='A rank-one V = u w^T (here 2 x 3) is reconstructed exactly.')
def test_rank_one_exact(factored_second_moment):
    """A rank-one V = u w^T (here 2 x 3) is reconstructed exactly."""
    V = np.outer([1.0, 2.0], [1.0, 3.0, 0.5])
    out = factored_second_moment(V)
    assert np.shape(out) == (2, 3)
    assert np.allclose(out, V)
