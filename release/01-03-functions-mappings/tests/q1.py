OK_FORMAT = False

from otter.test_files import test_case

name = "q1"
points = 2

import numpy as np


@test_case(name='test_small_case', hidden=False, failure_message='For f = [2, 0, 2, 3, 0]: f({0, 1}) = [0, 2] and the preimage of {3} is [3], both lists.')
def test_small_case(image_preimage):
    """For f = [2, 0, 2, 3, 0]: f({0, 1}) = [0, 2] and the preimage of {3} is [3], both lists."""
    img, pre = image_preimage(np.array([2, 0, 2, 3, 0]), [0, 1], [3])
    assert img == [0, 2] and pre == [3]
    assert isinstance(img, list) and isinstance(pre, list)
