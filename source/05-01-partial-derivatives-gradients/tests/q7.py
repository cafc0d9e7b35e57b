OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_uniform_logits', hidden=False, failure_message='One position, 4 equal logits, target 0: softmax is 1/4 everywhere.')
def test_uniform_logits(cross_entropy_grad):
    """One position, 4 equal logits, target 0: softmax is 1/4 everywhere."""
    g = cross_entropy_grad(np.zeros((1, 4)), np.array([0]))
    assert np.shape(g) == (1, 4)
    assert np.allclose(g, [[-0.75, 0.25, 0.25, 0.25]])
