OK_FORMAT = False

from otter.test_files import test_case

name = "q9"
points = 2

import numpy as np


@test_case(name='test_types', hidden=False, failure_message='Returns two positive floats.')
def test_types(logit_scale):
    """Returns two positive floats."""
    raw, scaled = logit_scale(16, 100, 0)
    assert isinstance(raw, float) and isinstance(scaled, float)
    assert raw > 0 and scaled > 0
