OK_FORMAT = False

from otter.test_files import test_case

name = "q7"
points = 2

import numpy as np


@test_case(name='test_uniform_model', hidden=False, failure_message='A uniform model over V = 8 tokens: loss log 8 and perplexity 8 (no padding).')
def test_uniform_model(lm_loss):
    """A uniform model over V = 8 tokens: loss log 8 and perplexity 8 (no padding)."""
    loss, ppl = lm_loss(np.zeros((2, 3, 8)), np.array([[1, 2, 3], [4, 5, 6]]))
    assert np.isclose(loss, np.log(8.0)) and np.isclose(ppl, 8.0)
