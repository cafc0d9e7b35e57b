OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_uniform_logits', hidden=False, failure_message='Returns a float; equal logits over V = 10 classes cost log 10 per example.')
def test_uniform_logits(softmax_xent):
    """Returns a float; equal logits over V = 10 classes cost log 10 per example."""
    value = softmax_xent(np.zeros((3, 10)), np.array([0, 4, 9]))
    assert isinstance(value, float) and np.isclose(value, np.log(10.0))
