OK_FORMAT = False

from otter.test_files import test_case

name = "q5"
points = 2

import numpy as np


@test_case(name='test_uniform_logits', hidden=False, failure_message='Equal logits give the uniform distribution: entropy log V for any T.')
def test_uniform_logits(softmax_entropy):
    """Equal logits give the uniform distribution: entropy log V for any T."""
    assert np.isclose(softmax_entropy(np.zeros(8), 1.0), np.log(8.0))
    assert np.isclose(softmax_entropy(np.full(8, 3.0), 0.5), np.log(8.0))
