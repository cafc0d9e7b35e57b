OK_FORMAT = False

from otter.test_files import test_case

name = "q10"
points = 2

import numpy as np


@test_case(name='test_uniform_model', hidden=False, failure_message='A model uniform over 50 tokens has perplexity 50 (no padding here).')
def test_uniform_model(perplexity):
    """A model uniform over 50 tokens has perplexity 50 (no padding here)."""
    lp = np.full((2, 3), -np.log(50.0))
    value = perplexity(lp, np.ones((2, 3)))
    assert isinstance(value, float)
    assert np.isclose(value, 50.0)
