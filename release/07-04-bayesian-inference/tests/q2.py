OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_one_trial', hidden=False, failure_message='A float; for m = 1 it is the posterior mean (k + a) / (n + a + b): 4/5 after 3 of 3 with a uniform prior.')
def test_one_trial(prob_next_all_success):
    """A float; for m = 1 it is the posterior mean (k + a) / (n + a + b): 4/5 after 3 of 3 with a uniform prior."""
    p = prob_next_all_success(1, 1, 3, 3, 1)
    assert isinstance(p, float) and np.isclose(p, 0.8)
