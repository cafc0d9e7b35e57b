OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_equal_logits', hidden=False, failure_message="Returns a float; a student with the teacher's logits has loss 0.")
def test_equal_logits(distillation_loss):
    """Returns a float; a student with the teacher's logits has loss 0."""
    z = np.array([[1.0, 2.0, 0.5]])
    value = distillation_loss(z, z, 2.0)
    assert isinstance(value, float) and np.isclose(value, 0.0)
