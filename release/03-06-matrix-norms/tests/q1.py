OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_diagonal', hidden=False, failure_message='For diag(1, 3) both maximisers pick the second coordinate: p=1 gives e_2 = [0, 1].')
def test_diagonal(worst_case_input):
    """For diag(1, 3) both maximisers pick the second coordinate: p=1 gives e_2 = [0, 1]."""
    x = np.asarray(worst_case_input(np.diag([1.0, 3.0]), 1))
    assert x.shape == (2,)
    assert np.allclose(x, [0.0, 1.0])
