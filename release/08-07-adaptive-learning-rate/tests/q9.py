OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_adam_one_param', hidden=False, failure_message='One parameter trained with Adam costs 16 bytes, returned as an int.')
def test_adam_one_param(training_memory_bytes):
    """One parameter trained with Adam costs 16 bytes, returned as an int."""
    value = training_memory_bytes(1, "adam")
    assert isinstance(value, int) and value == 16
