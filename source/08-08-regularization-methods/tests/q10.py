OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_uniform_logits', hidden=False, failure_message='Equal logits over K = 4 classes give loss log 4 for any eps (a float).')
def test_uniform_logits(label_smoothing_ce):
    """Equal logits over K = 4 classes give loss log 4 for any eps (a float)."""
    value = label_smoothing_ce(np.zeros((2, 4)), np.array([0, 3]), 0.1)
    assert isinstance(value, float)
    assert np.isclose(value, np.log(4.0))
