OK_FORMAT = False

from otter.test_files import test_case

name = "q2"
points = 2

import numpy as np


@test_case(name='test_simple_spectrum', hidden=False, failure_message='For s = [5, 4, 3] and k = 1 the dropped values are 4 and 3: errors 4 and 5, as floats.')
def test_simple_spectrum(truncation_errors):
    """For s = [5, 4, 3] and k = 1 the dropped values are 4 and 3: errors 4 and 5, as floats."""
    spec, frob = truncation_errors(np.array([5.0, 4.0, 3.0]), 1)
    assert isinstance(spec, float) and isinstance(frob, float)
    assert np.isclose(spec, 4.0) and np.isclose(frob, 5.0)
