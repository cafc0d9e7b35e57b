OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np
SADDLE = lambda v: np.array([v[0], -v[1]])


@test_case(name='test_one_dimensional_growth', hidden=False, failure_message='For f = -y**2/2 each step multiplies y by 1 + eta: from 0.5 with eta = 1, one step reaches 1.')
def test_one_dimensional_growth(escape_steps):
    """For f = -y**2/2 each step multiplies y by 1 + eta: from 0.5 with eta = 1, one step reaches 1."""
    k = escape_steps(lambda v: -v, np.array([0.5]), 1.0, 1.0, 10)
    assert k == 1
