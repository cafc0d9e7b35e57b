OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_two_examples', hidden=False, failure_message='Rows [1, 0] and [3, 0]: mean [2, 0], sample variance 2, so B_noise = 2 / 4.')
def test_two_examples(noise_scale):
    """Rows [1, 0] and [3, 0]: mean [2, 0], sample variance 2, so B_noise = 2 / 4."""
    out = noise_scale(np.array([[1.0, 0.0], [3.0, 0.0]]))
    assert isinstance(out, float) and np.isclose(out, 0.5)
