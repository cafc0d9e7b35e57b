OK_FORMAT = False

from otter.test_files import test_case

name = "q6"
points = 2

import numpy as np


@test_case(name='test_no_smoothing', hidden=False, failure_message='Returns a float; eps = 0 is the ordinary cross-entropy (uniform logits: log V).')
def test_no_smoothing(label_smoothing_xent):
    """Returns a float; eps = 0 is the ordinary cross-entropy (uniform logits: log V)."""
    value = label_smoothing_xent(np.zeros((2, 5)), np.array([1, 3]), 0.0)
    assert isinstance(value, float) and np.isclose(value, np.log(5.0))
